# The tutor's replies for each route of a question: out of scope, arithmetic, quiz-answer
# requests, unclear messages, and the note on a checked answer.

tutor-out-of-scope = اها ڳالهه اڃا توهان جي سبقن ۾ ناهي، تنهن ڪري مان اندازو لڳائڻ نٿو چاهيان. پنهنجي استاد کان پڇو، يا ڪو سبق ڏسو.
tutor-out-of-scope-look-at = اهي سبق مدد ڪري سگهن ٿا:
tutor-empty-question = مهرباني ڪري پنهنجو سوال لفظن ۾ لکو، مان ان کي توهان جي سبقن ۾ ڳوليندس.
tutor-too-long = توهان جو سوال تمام ڊگهو آهي. مهرباني ڪري هڪ وقت ۾ هڪ ننڍو سوال پڇو.
tutor-hint-which = مان ڪوئز جا جواب نٿو ٻڌائي سگهان، پر اشارو ڏئي سگهان ٿو. توهان ڪهڙو سوال حل ڪري رهيا آهيو؟ مون کان ان بابت پڇو.
tutor-hint-open-lesson = مان ڪوئز جا جواب نٿو ٻڌائي سگهان. سبق کوليو ۽ ڪنهن سوال بابت پڇو، مان توهان کي اشارو ڏيندس.
tutor-math-intro = اچو ته قدم به قدم حل ڪريون:
# Variables:
#   $answer (String) - the exact result, such as 7/8
tutor-math-answer = جواب: { $answer }
tutor-math-first-step = هن طرح شروع ڪريو:
tutor-note-checked-fallback = ٽيوٽر جي هر ڳالهه سبق سان جانچي نه سگهي، تنهن ڪري اهو جواب سبق مان ورتو ويو آهي.
