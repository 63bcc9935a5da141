# `ustad` ڪمانڊ لائين پروگرام جا پيغام. اصلي سنڌي ڳالهائيندڙ کان نظرثاني گهرجي.

## غلطيون. هر غلطي پنهنجي پڪي ڪوڊ سان ڏيکاري وڃي ٿي، جيئن "error [PACK_NOT_FOUND]: ...".

# Variables: $path (String) - where the pack was looked for
error-pack-not-found = { $path } تي ڪو به مواد پيڪ نه مليو. “ustad pack build curriculum -o FILE” سان ٺاهيو ۽ “ustad pack install FILE” سان انسٽال ڪريو، يا --pack FILE ڏيو.
# Variables: $path (String)
error-pack-invalid = { $path } استاد جو مواد پيڪ ناهي.
# Variables: $path (String), $found (Number), $supported (Number)
error-pack-version = { $path } پيڪ فارميٽ { $found } ۾ آهي، پر هي استاد فارميٽ { $supported } پڙهي ٿو. استاد کي اپڊيٽ ڪريو يا نئون پيڪ وٺو.
# Variables: $detail (String)
error-pack-corrupt = مواد پيڪ خراب آهي ({ $detail }). ان کي يو ايس بي مان ٻيهر ڪاپي ڪريو.
# Variables: $id (String)
error-lesson-not-found = هن پيڪ ۾ “{ $id }” نالي ڪو به سبق ناهي.
# Variables: $path (String), $detail (String)
error-db-corrupt = شاگردن جو ڊيٽابيس { $path } خراب آهي ({ $detail }). ان ۾ ڪا به تبديلي نه ڪئي وئي آهي؛ پنهنجي استاد کي بيڪ اپ بحال ڪرڻ لاءِ چئو.
# Variables: $path (String)
error-db-too-new = شاگردن جو ڊيٽابيس { $path } استاد جي نئين ورزن ٺاهيو آهي. ان کي کولڻ لاءِ استاد کي اپڊيٽ ڪريو.
error-disk-full = ڊسڪ ڀريل آهي، تنهن ڪري ڪجهه به محفوظ نه ٿيو. ڪجهه جاءِ خالي ڪري ٻيهر ڪوشش ڪريو.
# Variables: $name (String)
error-profile-exists = “{ $name }” نالي ڪو اڳ ۾ ئي موجود آهي.
# Variables: $name (String)
error-profile-not-found = هن ليپ ٽاپ تي “{ $name }” نالي ڪو به ناهي. “ustad learner add { $name }” سان شامل ڪريو.
error-no-learner = ڪير پڙهي رهيو آهي؟ “ustad learner add NAME” سان شاگرد شامل ڪريو، يا --learner NAME ڏيو.
# Variables: $count (Number) - learners on this laptop
error-which-learner = هن ليپ ٽاپ تي { $count } شاگرد آهن؛ --learner NAME سان ٻڌايو ته ڪير پڙهي رهيو آهي.
error-same-name = “{ $name }” نالي جا { $count } شاگرد آهن؛ --learner سان اها سڃاڻپ (id) لکو جيڪا “ustad learner list” ڏيکاري ٿي.
# Variables: $count (Number)
error-curriculum-invalid = نصاب ۾ { $count ->
    [one] هڪ غلطي آهي
   *[other] { $count } غلطيون آهن
}؛ ڪجهه به نه لکيو ويو.
error-quiz-abandoned = ڪوئز پوري نه ٿي، تنهن ڪري محفوظ نه ٿي.
# Variables: $detail (String)
error-invalid-input = { $detail }
# Variables: $detail (String)
error-io = ڪا فائل پڙهي يا لکي نه سگهجي: { $detail }
# Variables: $detail (String)
error-internal = ڪجهه غلط ٿي ويو: { $detail }

## سبق

lessons-empty = ڪو به سبق نه مليو.
subject-science = سائنس
subject-mathematics = رياضي
# Variables: $grade (Number)
lesson-grade = درجو { $grade }
lesson-objectives = هن سبق ۾ توهان سکندا:
lesson-glossary = اهم لفظ
# Variables: $count (Number)
lesson-quiz-count = ڪوئز: { $count } سوال. “ustad quiz take” سان حل ڪريو.
lesson-read-next = ايندڙ حصي لاءِ Enter دٻايو، يا روڪڻ لاءِ q لکي Enter دٻايو.
# Variables: $minutes (Number)
lesson-read-saved = توهان جو پڙهڻ محفوظ ٿي ويو ({ $minutes } منٽ).

## ڳولا

search-no-results = ڪجهه به نه مليو. ٻيا لفظ آزمايو، يا پنهنجي استاد کان پڇو.

## ڪوئز

# Variables: $title (String)
quiz-title = ڪوئز: { $title }
# Variables: $number (Number), $total (Number)
quiz-question-number = سوال { $number } ({ $total } مان)
quiz-prompt-choice = توهان جو جواب (اکر)، اشاري لاءِ ?، روڪڻ لاءِ q:
quiz-prompt-true-false = صحيح يا غلط؟ اشاري لاءِ ?، روڪڻ لاءِ q:
quiz-prompt-number = توهان جو جواب (عدد)، اشاري لاءِ ?، روڪڻ لاءِ q:
# Variables: $hint (String)
quiz-hint = اشارو: { $hint }
quiz-correct = صحيح! شاباس.
# Variables: $answer (String)
quiz-wrong = پورو صحيح ناهي. صحيح جواب { $answer } آهي.
quiz-statement-true = صحيح ناهي. هي ڳالهه سچي آهي.
quiz-statement-false = صحيح ناهي. هي ڳالهه سچي ناهي.
# Variables: $text (String)
quiz-explanation = ڇو: { $text }
quiz-not-understood = مون کي اهو جواب سمجهه ۾ نه آيو. ٻيهر ڪوشش ڪريو.
# Variables: $correct (Number), $total (Number)
quiz-score = توهان جا { $total } مان { $correct } جواب صحيح آهن.
quiz-saved = توهان جا جواب محفوظ ٿي ويا.
quiz-no-questions = هن سبق جي ڪا ڪوئز ناهي.

## شاگرد ۽ ترقي

# Variables: $name (String)
learner-added = ڀلي ڪري آيا، { $name }!
learner-none = اڃا هن ليپ ٽاپ کي ڪو به استعمال نٿو ڪري.
progress-empty = اڃا ڪا ترقي ناهي. ڪو سبق پڙهو يا ڪا ڪوئز حل ڪريو.
# Variables: $sections (Number), $minutes (Number), $attempts (Number)
progress-line = { $sections } حصا پڙهيا، { $minutes } منٽ، { $attempts ->
    [one] هڪ ڪوئز
   *[other] { $attempts } ڪوئز
}
# Variables: $correct (Number), $total (Number)
progress-best = بهترين { $correct }/{ $total }

## پيڪ

# Variables: $path (String), $lessons (Number), $hash (String)
pack-built = { $path } ٺهي ويو: { $lessons } سبق، مواد هيش { $hash }.
# Variables: $count (Number)
pack-warnings = { $count ->
    [one] هڪ خبرداري
   *[other] { $count } خبرداريون
}
# Variables: $path (String)
pack-installed = بنيادي پيڪ طور انسٽال ٿي ويو: { $path }
provision-already = هي ليپ ٽاپ اڳ ۾ ئي “{ $id }” سان سيٽ اپ ٿي چڪو آهي؛ ڪجهه به نه بدليو.
provision-applied = هي ليپ ٽاپ { $school } لاءِ سيٽ اپ ٿي ويو. شامل ڪيل استاد: { $teachers }. شامل ڪيل ڪلاس: { $classes }. سبق: { $packs }. ماڊل: { $models }.
doctor-bundle-written = تشخيصي فائل { $file } ۾ لکي وئي (ان ۾ نالا، پن يا سوال ناهن). اها پنهنجي ضلعي جي سپورٽ ڊيسڪ کي ڏيو.
pack-archived = هي سبق هن پيڪ ۾ ناهن، پراڻي پيڪ مان محفوظ رکيا ويا ته جيئن پيش رفت ۽ ڏنل ڪم باقي رهي: { $lessons }
pack-ok = پيڪ مڪمل ۽ صحيح سلامت آهي.

## ڳالهه ٻولهه وارو سيشن (interactive session)

shell-welcome = استاد: توهان جا سبق، ڪوئز ۽ ڳولا، هن ئي ليپ ٽاپ تي.
shell-choose-language = ٻولي چونڊيو: 1 English، 2 اردو
shell-who = ڪير پڙهي رهيو آهي؟ پنهنجو نالو لکو:
shell-which = ڪهڙو؟ نمبر لکو:
# Variables: $name (String)
shell-hello = السلام عليڪم، { $name }!
shell-help = ڪمانڊ: lessons · read ID · quiz ID · search لفظ · ask سوال · progress · language · help · quit
shell-prompt = استاد>
shell-unknown = مون کي اهو ڪمانڊ معلوم ناهي. help لکو.
shell-bye = خدا حافظ! سکندا رهو.

## ماڊل

# Variables: $id (String)
error-model-unknown = ڪيٽلاگ ۾ “{ $id }” نالي ڪو ماڊل ناهي. “ustad models list” ڏسو.
# Variables: $detail (String)
error-model-download = ماڊل ڊائونلوڊ نه ٿي سگهيو ({ $detail }). انٽرنيٽ کان سواءِ، ماڊل يو ايس بي مان ڪاپي ڪريو ۽ “ustad models import FILE” استعمال ڪريو.
# Variables: $file (String)
error-model-checksum = { $file } اها فائل ناهي جيڪا ڪيٽلاگ ۾ ڏنل آهي (ان جو SHA-256 مختلف آهي)، تنهن ڪري انسٽال نه ڪئي وئي.
error-provision-invalid = سيٽ اپ فائل { $file } استعمال نٿي ٿي سگهي: سٽ { $line }: { $detail }
# Variables: $path (String)
error-model-invalid = { $path } اهڙو ماڊل ناهي جيڪو استاد استعمال ڪري سگهي.
# Variables: $path (String)
error-model-not-chat = { $path } ڳالهه ٻولهه وارو ماڊل ناهي، تنهن ڪري سيکاري نٿو سگهي. ڪو instruct (chat) ماڊل استعمال ڪريو.
# Variables: $detail (String)
error-model-detail = ({ $detail })
# Variables: $id (String) - the model's catalogue id, $file (String) - its file name
error-model-no-source = ماڊل “{ $id }” هتي ڊائونلوڊ نٿو ٿي سگهي. فائل { $file } هن ليپ ٽاپ تي ڪاپي ڪريو (مثال طور يو ايس بي مان) ۽ “ustad models import FILE” هلايو.
# Variables: $path (String)
models-installed = انسٽال ٿي ويو: { $path }
models-pack-installed = پيڪ مان ماڊل انسٽال ٿي ويا (ورزن { $version })، هر هڪ جانچيو ويو: { $models }
models-verify-ok = ڪيٽلاگ مطابق آهي
models-verify-bad = خراب: ڪيٽلاگ مطابق ناهي
models-missing = انسٽال ناهي

## ڊاڪٽر: هن ليپ ٽاپ جي ميموري لاءِ ٽيوٽر ماڊل

# Variables: $memory (Number) - MB of memory in the laptop, $name (String) - the model's name, $id (String) - its catalogue id, $ram (Number) - MB the model needs
doctor-recommended = { $memory } MB ميموري سان هي ليپ ٽاپ ٽيوٽر طور { $name } (“{ $id }”) هلائي سگهي ٿو؛ ان کي لڳ ڀڳ { $ram } MB گهرجن.
doctor-recommended-installed = هي انسٽال آهي.
# Variables: $id (String) - the model's catalogue id
doctor-recommended-fetch = ان کي “ustad models fetch { $id }” سان انسٽال ڪريو.
# Variables: $file (String) - the model's file name
doctor-recommended-import = هي هتي ڊائونلوڊ نٿو ٿي سگهي: { $file } هن ليپ ٽاپ تي ڪاپي ڪريو (مثال طور يو ايس بي مان) ۽ “ustad models import FILE” هلايو.
# Variables: $memory (Number) - MB of memory in the laptop
doctor-recommended-none = { $memory } MB ميموري ۾ ڪيٽلاگ جو ڪو به ٽيوٽر ماڊل نٿو سمائجي؛ ٽيوٽر سبقن مان جواب ڏيندو.

## آواز

# Variables: $detail (String)
error-asr-audio-unreadable = هي فائل اهڙي رڪارڊنگ ناهي جيڪا استاد پڙهي سگهي (WAV، MP3، OGG، Opus يا FLAC). ({ $detail })
# Variables: $detail (String)
error-asr-audio-empty = هن رڪارڊنگ ۾ ڪو آواز ناهي. ({ $detail })
# Variables: $detail (String)
error-asr-audio-damaged = هي رڪارڊنگ خراب آهي. ({ $detail })
# Variables: $detail (String)
error-asr-audio-not-found = رڪارڊنگ نه ملي. ({ $detail })
# Variables: $detail (String)
error-asr-model-not-found = آواز سڃاڻڻ وارو ڪو ماڊل انسٽال ناهي. “ustad models fetch whisper-base” سان حاصل ڪريو. ({ $detail })
# Variables: $detail (String)
error-asr-model-invalid = آواز واري ماڊل جي فائل استعمال جوڳي ناهي؛ ان کي ٻيهر حاصل ڪريو. ({ $detail })
# Variables: $detail (String)
error-asr-worker-crashed = ٻڌڻ اوچتو بند ٿي ويو. مهرباني ڪري ٻيهر ڪوشش ڪريو. ({ $detail })
# Variables: $detail (String)
error-asr-timeout = ٻڌڻ ۾ گهڻي دير لڳي، تنهن ڪري روڪيو ويو. مهرباني ڪري ٻيهر ڪوشش ڪريو. ({ $detail })

## مائڪروفون مان ٻڌڻ

# Variables: $seconds (Number)
listen-recording = ٻڌي رهيو آهيان… هاڻي ڳالهايو، ۽ جڏهن ڳالهه پوري ٿئي تڏهن Enter دٻايو (وڌ ۾ وڌ { $seconds } سيڪنڊ).
# Variables: $seconds (Number)
listen-capped = { $seconds } سيڪنڊ ٿي ويا، سوال ان کان ڊگهو نٿو ٿي سگهي؛ هتي ئي بند ٿو ڪريان.
# Variables: $detail (String)
error-mic-no-microphone = ڪو مائڪروفون نه مليو. مائڪروفون لڳايو، يا پنهنجو سوال لکي ڇڏيو. ({ $detail })
# Variables: $detail (String)
error-mic-microphone-failed = مائڪروفون استعمال نه ٿي سگهيو. ٻيهر ڪوشش ڪريو، يا پنهنجو سوال لکي ڇڏيو. ({ $detail })
# Variables: $detail (String)
error-mic-recording-empty = ڪجهه به ٻڌڻ ۾ نه آيو. ڳالهائڻ وقت بٽڻ دٻائي رکو. ({ $detail })
# Variables: $detail (String)
error-mic-recording-not-saved = رڪارڊنگ محفوظ نه ٿي سگهي؛ شايد ڊسڪ ڀريل آهي. ({ $detail })

error-checks-failed = { $count ->
    [one] هن ليپ ٽاپ جي هڪ جانچ ۾ مسئلو مليو (مٿي ڏسو). ان کي ٺيڪ ڪريو، پوءِ “ustad doctor” ٻيهر هلايو.
   *[other] هن ليپ ٽاپ جي { $count } جانچن ۾ مسئلا مليا (مٿي ڏسو). انهن کي ٺيڪ ڪريو، پوءِ “ustad doctor” ٻيهر هلايو.
}

# The classroom (teacher commands)
error-which-teacher = هن ليپ ٽاپ تي { $count } استاد آهن؛ --teacher NAME سان ٻڌايو ته توهان ڪير آهيو.
error-confirm-needed = اهو واپس نٿو ٿي سگهي. اڳتي وڌڻ لاءِ --yes لکو.
teacher-password-prompt = استاد جو پاسورڊ:
teacher-new-password-prompt = نئين استاد جو پاسورڊ (6 کان 64 اکر):
teacher-added = استاد { $name } شامل ٿي ويو.
class-created = ڪلاس { $name } ٺهي ويو.
class-tutor = ٽيوٽر: { $mode }؛ روزانو سوال: { $limit }
class-group-added = گروپ { $name } شامل ٿي ويو.
class-enrolled = { $count } شاگرد هاڻي { $class } ۾ آهن.
assign-done = { $lesson } ڪلاس { $class } کي ڏنو ويو.
learner-new-pin-prompt = نئون ڳجهو نمبر (4 کان 8 انگ؛ خالي: ڪو نمبر نه):
learner-pin-reset = { $name } جو ڳجهو نمبر بدلايو ويو.
learner-erased = { $name } بابت محفوظ سڀ ڪجهه ميٽيو ويو.

## ڪنجيون ۽ دستخط ٿيل پيڪ
keys-generated = ڳجهي ڪنجي { $secret } ۾ لکي وئي (ان کي اسڪول جي ڪنهن به ليپ ٽاپ تي نه رکو) ۽ عوامي ڪنجي { $public } ۾:
keys-root-written = ڀروسي جو بنيادي دستاويز { $file } لکيو ويو (ورزن { $version }).
pack-signed = { $path } تي دستخط ٿي ويا.
doctor-root-development = پيڪن تي ڊولپمينٽ ڪنجيءَ ({ $keys }) جا دستخط لازمي آهن: استاد جو هي ورزن اسڪولن لاءِ ناهي.
doctor-speech-accurate = { $name } ({ $id })، انسٽال ٿيلن ۾ سڀ کان درست؛ هن ليپ ٽاپ جو پروسيسر ۽ ميموري ({ $memory } MB) ان کي سٺي نموني هلائين ٿا.
doctor-speech-light-cpu = { $name } ({ $id })، انسٽال ٿيلن ۾ سڀ کان هلڪو، ڇو ته هن پروسيسر ۾ AVX2، F16C يا FMA ناهي.
doctor-speech-light-memory = { $name } ({ $id })، انسٽال ٿيلن ۾ سڀ کان هلڪو، ڇو ته هن ليپ ٽاپ جي ميموري 4 GB کان گهٽ آهي ({ $memory } MB).
doctor-speech-only = { $name } ({ $id })، واحد انسٽال ٿيل آواز جو ماڊل.
doctor-speech-none = آواز جو ڪو به ماڊل انسٽال ناهي: ustad models fetch { $id }
doctor-root-ministry = پيڪن تي تعليم واري وزارت ({ $keys }) جا دستخط لازمي آهن.
