# The tutor's replies for each route of a question: out of scope, arithmetic, quiz-answer
# requests, unclear messages, and the note on a checked answer.

tutor-out-of-scope = دا خبره لا ستاسو په لوستونو کې نشته، نو زه نه غواړم چې اټکل وکړم. له خپل ښوونکي وپوښتئ، یا یو لوست وګورئ.
tutor-out-of-scope-look-at = دا لوستونه مرسته کولی شي:
tutor-empty-question = مهرباني وکړئ خپله پوښتنه په ټکو کې ولیکئ، زه به یې ستاسو په لوستونو کې ولټوم.
tutor-too-long = ستاسو پوښتنه ډېره اوږده ده. مهرباني وکړئ په یو وخت کې یوه لنډه پوښتنه وکړئ.
tutor-hint-which = زه د ازموینې ځوابونه نشم درکولی، خو اشاره درکولی شم. په کومې پوښتنې کار کوئ؟ د هغې په اړه ما وپوښتئ.
tutor-hint-open-lesson = زه د ازموینې ځوابونه نشم درکولی. لوست پرانیزئ او د یوې پوښتنې په اړه وپوښتئ، زه به اشاره درکړم.
tutor-math-intro = راځئ ګام په ګام یې حل کړو:
# Variables:
#   $answer (String) - the exact result, such as 7/8
tutor-math-answer = ځواب: { $answer }
tutor-math-first-step = داسې پیل وکړئ:
tutor-note-checked-fallback = د ښوونکي ټولې خبرې له لوست سره ونه ازمویل شوې، نو دا ځواب له لوست څخه اخیستل شوی دی.
