# د `ustad` کمانډ لاین پروګرام پیغامونه. د اصلي پښتو ویونکي له خوا بیا کتنه غواړي.

## تېروتنې. هره یوه له خپل ثابت کوډ سره ښودل کېږي، لکه "error [PACK_NOT_FOUND]: ...".

# Variables: $path (String) - where the pack was looked for
error-pack-not-found = په { $path } کې د منځپانګې هیڅ پیک ونه موندل شو. په “ustad pack build curriculum -o FILE” یې جوړ کړئ او په “ustad pack install FILE” یې نصب کړئ، یا --pack FILE ورکړئ.
# Variables: $path (String)
error-pack-invalid = { $path } د استاد د منځپانګې پیک نه دی.
# Variables: $path (String), $found (Number), $supported (Number)
error-pack-version = { $path } د پیک فارمټ { $found } کاروي، خو دا استاد فارمټ { $supported } لوستلی شي. استاد تازه کړئ یا نوی پیک واخلئ.
# Variables: $detail (String)
error-pack-corrupt = د منځپانګې پیک خراب شوی دی ({ $detail }). له یو اېس بي څخه یې بیا کاپي کړئ.
# Variables: $id (String)
error-lesson-not-found = په دې پیک کې د “{ $id }” په نوم هیڅ لوست نشته.
# Variables: $path (String), $detail (String)
error-db-corrupt = د زده کوونکو ډېټابېس { $path } خراب شوی دی ({ $detail }). په هغه کې هیڅ بدلون نه دی راغلی؛ له خپل ښوونکي وغواړئ چې له بیک اپ څخه یې بېرته راوګرځوي.
# Variables: $path (String)
error-db-too-new = د زده کوونکو ډېټابېس { $path } د استاد یوې نوې نسخې جوړ کړی دی. د پرانیستلو لپاره یې استاد تازه کړئ.
error-disk-full = ډیسک ډک دی، نو هیڅ شی خوندي نه شو. یو څه ځای خالي کړئ او بیا هڅه وکړئ.
# Variables: $name (String)
error-profile-exists = د “{ $name }” په نوم یو څوک له مخکې شته.
# Variables: $name (String)
error-profile-not-found = د “{ $name }” په نوم هیڅوک دا لپ ټاپ نه کاروي. په “ustad learner add { $name }” یې ورزیات کړئ.
error-no-learner = څوک زده کړه کوي؟ په “ustad learner add NAME” یو زده کوونکی ورزیات کړئ، یا --learner NAME ورکړئ.
# Variables: $count (Number) - learners on this laptop
error-which-learner = { $count } زده کوونکي دا لپ ټاپ کاروي؛ په --learner NAME ووایئ چې څوک زده کړه کوي.
error-same-name = د “{ $name }” په نوم { $count } زده کوونکي دي؛ --learner سره هغه پېژند (id) ولیکئ چې “ustad learner list” یې ښيي.
# Variables: $count (Number)
error-curriculum-invalid = په نصاب کې { $count ->
    [one] یوه تېروتنه ده
   *[other] { $count } تېروتنې دي
}؛ هیڅ شی ونه لیکل شو.
error-quiz-abandoned = ازموینه بشپړه نه شوه، نو خوندي نه شوه.
# Variables: $detail (String)
error-invalid-input = { $detail }
# Variables: $detail (String)
error-io = یو فایل ونه لوستل شو یا ونه لیکل شو: { $detail }
# Variables: $detail (String)
error-internal = یوه ستونزه پېښه شوه: { $detail }

## لوستونه

lessons-empty = داسې لوست ونه موندل شو.
subject-science = ساینس
subject-mathematics = ریاضي
# Variables: $grade (Number)
lesson-grade = ټولګی { $grade }
lesson-objectives = په دې لوست کې به تاسو دا زده کړئ:
lesson-glossary = مهم لغتونه
# Variables: $count (Number)
lesson-quiz-count = ازموینه: { $count } پوښتنې. په “ustad quiz take” یې ورکړئ.
lesson-read-next = د راتلونکې برخې لپاره Enter کېکاږئ، یا د درېدو لپاره q ولیکئ او Enter کېکاږئ.
# Variables: $minutes (Number)
lesson-read-saved = ستاسو لوستل خوندي شول ({ $minutes } دقیقې).

## لټون

search-no-results = هیڅ شی ونه موندل شو. نور ټکي وازمویئ، یا له خپل ښوونکي وپوښتئ.

## ازموینه

# Variables: $title (String)
quiz-title = ازموینه: { $title }
# Variables: $number (Number), $total (Number)
quiz-question-number = پوښتنه { $number } له { $total } څخه
quiz-prompt-choice = ستاسو ځواب (توری)، د اشارې لپاره ?، د درېدو لپاره q:
quiz-prompt-true-false = صحیح که غلط؟ د اشارې لپاره ?، د درېدو لپاره q:
quiz-prompt-number = ستاسو ځواب (عدد)، د اشارې لپاره ?، د درېدو لپاره q:
# Variables: $hint (String)
quiz-hint = اشاره: { $hint }
quiz-correct = سم دی! شاباس.
# Variables: $answer (String)
quiz-wrong = بشپړ سم نه دی. سم ځواب { $answer } دی.
quiz-statement-true = سم نه دی. دا خبره سمه ده.
quiz-statement-false = سم نه دی. دا خبره سمه نه ده.
# Variables: $text (String)
quiz-explanation = ولې: { $text }
quiz-not-understood = په دې ځواب پوه نه شوم. بیا هڅه وکړئ.
# Variables: $correct (Number), $total (Number)
quiz-score = تاسو له { $total } څخه { $correct } سم ځوابونه ورکړل.
quiz-saved = ستاسو ځوابونه خوندي شول.
quiz-no-questions = دا لوست ازموینه نه لري.

## زده کوونکي او پرمختګ

# Variables: $name (String)
learner-added = ښه راغلاست، { $name }!
learner-none = تر اوسه هیڅوک دا لپ ټاپ نه کاروي.
progress-empty = تر اوسه هیڅ پرمختګ نشته. یو لوست ولولئ یا یوه ازموینه ورکړئ.
# Variables: $sections (Number), $minutes (Number), $attempts (Number)
progress-line = { $sections } برخې لوستل شوې، { $minutes } دقیقې، { $attempts ->
    [one] یوه ازموینه
   *[other] { $attempts } ازموینې
}
# Variables: $correct (Number), $total (Number)
progress-best = تر ټولو ښه { $correct }/{ $total }

## پیکونه

# Variables: $path (String), $lessons (Number), $hash (String)
pack-built = { $path } جوړ شو: { $lessons } لوستونه، د منځپانګې هش { $hash }.
# Variables: $count (Number)
pack-warnings = { $count ->
    [one] یوه خبرتیا
   *[other] { $count } خبرتیاوې
}
# Variables: $path (String)
pack-installed = د اصلي پیک په توګه نصب شو: { $path }
provision-already = دا لپ ټاپ مخکې له “{ $id }” نه تنظیم شوی؛ هېڅ بدلون رانغی.
provision-applied = دا لپ ټاپ د { $school } لپاره تنظیم شو. زیات شوي ښوونکي: { $teachers }. زیات شوي ټولګي: { $classes }. لوستونه: { $packs }. ماډلونه: { $models }.
doctor-bundle-written = تشخیصي فایل په { $file } کې ولیکل شو (نومونه، پن یا پوښتنې پکې نشته). د خپلې ولسوالۍ ملاتړ مېز ته یې ورکړئ.
pack-archived = دا لوستونه په دې پیک کې نشته، له زاړه پیک نه ساتل شوي دي چې پرمختګ او ورکړل شوې دندې پاتې شي: { $lessons }
pack-ok = پیک بشپړ او روغ دی.

## د خبرو ناسته (interactive session)

shell-welcome = استاد: ستاسو لوستونه، ازموینې او لټون، په همدې لپ ټاپ کې.
shell-choose-language = ژبه وټاکئ: 1 English، 2 اردو
shell-who = څوک زده کړه کوي؟ خپل نوم ولیکئ:
shell-which = کوم یو؟ شمېره ولیکئ:
# Variables: $name (String)
shell-hello = السلام علیکم، { $name }!
shell-help = کمانډونه: lessons · read ID · quiz ID · search ټکي · ask پوښتنه · progress · language · help · quit
shell-prompt = استاد>
shell-unknown = دا کمانډ نه پېژنم. help ولیکئ.
shell-bye = په مخه مو ښه! زده کړې ته دوام ورکړئ.

## ماډلونه

# Variables: $id (String)
error-model-unknown = په کتلاګ کې د “{ $id }” په نوم هیڅ ماډل نشته. “ustad models list” وګورئ.
# Variables: $detail (String)
error-model-download = ماډل ډاونلوډ نه شو ({ $detail }). که انټرنېټ نه وي، ماډل له یو اېس بي څخه کاپي کړئ او “ustad models import FILE” وکاروئ.
# Variables: $file (String)
error-model-checksum = { $file } هغه فایل نه دی چې په کتلاګ کې یې نوم راغلی (SHA-256 یې توپیر لري)، نو نصب نه شو.
error-provision-invalid = د تنظیم فایل { $file } نه شي کارول کېدای: کرښه { $line }: { $detail }
# Variables: $path (String)
error-model-invalid = { $path } داسې ماډل نه دی چې استاد یې وکارولی شي.
# Variables: $path (String)
error-model-not-chat = { $path } د خبرو اترو ماډل نه دی، نو ښوونه نشي کولی. یو instruct (chat) ماډل وکاروئ.
# Variables: $detail (String)
error-model-detail = ({ $detail })
# Variables: $id (String) - the model's catalogue id, $file (String) - its file name
error-model-no-source = ماډل “{ $id }” دلته ډاونلوډ نشي کېدای. فایل { $file } دې لپ ټاپ ته کاپي کړئ (د بېلګې په توګه له یو اېس بي څخه) او “ustad models import FILE” وچلوئ.
# Variables: $path (String)
models-installed = نصب شو: { $path }
models-pack-installed = ماډلونه له پیک نه نصب شول (نسخه { $version })، هر یو وازمویل شو: { $models }
models-verify-ok = له کتلاګ سره سمون لري
models-verify-bad = خراب: له کتلاګ سره سمون نه لري
models-missing = نصب شوی نه دی

## ډاکټر: د دې لپ ټاپ د حافظې لپاره د ټیوټر ماډل

# Variables: $memory (Number) - MB of memory in the laptop, $name (String) - the model's name, $id (String) - its catalogue id, $ram (Number) - MB the model needs
doctor-recommended = دا لپ ټاپ چې { $memory } MB حافظه لري، د ټیوټر په توګه { $name } (“{ $id }”) چلولی شي؛ نږدې { $ram } MB ته اړتیا لري.
doctor-recommended-installed = نصب شوی دی.
# Variables: $id (String) - the model's catalogue id
doctor-recommended-fetch = په “ustad models fetch { $id }” یې نصب کړئ.
# Variables: $file (String) - the model's file name
doctor-recommended-import = دلته ډاونلوډ نشي کېدای: { $file } دې لپ ټاپ ته کاپي کړئ (د بېلګې په توګه له یو اېس بي څخه) او “ustad models import FILE” وچلوئ.
# Variables: $memory (Number) - MB of memory in the laptop
doctor-recommended-none = په { $memory } MB حافظه کې د کتلاګ هیڅ ټیوټر ماډل نه ځاییږي؛ ټیوټر به له لوستونو ځواب ورکړي.

## غږ

# Variables: $detail (String)
error-asr-audio-unreadable = دا فایل داسې ریکارډ نه دی چې استاد یې ولوستلی شي (WAV، MP3، OGG، Opus یا FLAC). ({ $detail })
# Variables: $detail (String)
error-asr-audio-empty = په دې ریکارډ کې هیڅ غږ نشته. ({ $detail })
# Variables: $detail (String)
error-asr-audio-damaged = دا ریکارډ خراب شوی دی. ({ $detail })
# Variables: $detail (String)
error-asr-audio-not-found = ریکارډ ونه موندل شو. ({ $detail })
# Variables: $detail (String)
error-asr-model-not-found = د غږ پېژندنې هیڅ ماډل نصب نه دی. په “ustad models fetch whisper-base” یې ترلاسه کړئ. ({ $detail })
# Variables: $detail (String)
error-asr-model-invalid = د غږ د ماډل فایل د کارولو وړ نه دی؛ بیا یې ترلاسه کړئ. ({ $detail })
# Variables: $detail (String)
error-asr-worker-crashed = اورېدل ناڅاپه ودرېدل. مهرباني وکړئ بیا هڅه وکړئ. ({ $detail })
# Variables: $detail (String)
error-asr-timeout = اورېدل ډېر وخت ونیو، نو ودرول شول. مهرباني وکړئ بیا هڅه وکړئ. ({ $detail })

## له مایکروفون څخه اورېدل

# Variables: $seconds (Number)
listen-recording = اورم… اوس خبرې وکړئ، او کله چې مو خبرې پای ته ورسېدې Enter کېکاږئ (تر ټولو ډېر { $seconds } ثانیې).
# Variables: $seconds (Number)
listen-capped = دا { $seconds } ثانیې شوې، چې یوه پوښتنه تر دې اوږده نشي کېدای؛ همدلته درېږم.
# Variables: $detail (String)
error-mic-no-microphone = هیڅ مایکروفون ونه موندل شو. یو مایکروفون ولګوئ، یا خپله پوښتنه ولیکئ. ({ $detail })
# Variables: $detail (String)
error-mic-microphone-failed = مایکروفون ونه کارول شو. بیا هڅه وکړئ، یا خپله پوښتنه ولیکئ. ({ $detail })
# Variables: $detail (String)
error-mic-recording-empty = هیڅ غږ وانه ورېدل شو. د خبرو پر مهال تڼۍ کېکاږلې وساتئ. ({ $detail })
# Variables: $detail (String)
error-mic-recording-not-saved = ریکارډ خوندي نه شو؛ کېدای شي ډیسک ډک وي. ({ $detail })

error-checks-failed = { $count ->
    [one] د دې لپ ټاپ یوې څېړنې یوه ستونزه وموندله (پورته وګورئ). هغه سمه کړئ، بیا “ustad doctor” یو ځل بیا وچلوئ.
   *[other] د دې لپ ټاپ { $count } څېړنو ستونزې وموندلې (پورته وګورئ). هغه سمې کړئ، بیا “ustad doctor” یو ځل بیا وچلوئ.
}

# The classroom (teacher commands)
error-which-teacher = په دې لپ ټاپ { $count } ښوونکي دي؛ د --teacher NAME سره ووایاست چې څوک یاست.
error-confirm-needed = دا بېرته نه شي کېدای. د دوام لپاره --yes ولیکئ.
teacher-password-prompt = د ښوونکي پاسورډ:
teacher-new-password-prompt = د نوي ښوونکي پاسورډ (له 6 تر 64 توري):
teacher-added = ښوونکی { $name } ورزیات شو.
class-created = ټولګی { $name } جوړ شو.
class-tutor = ټیوټر: { $mode }؛ ورځنۍ پوښتنې: { $limit }
class-group-added = ډله { $name } ورزیاته شوه.
class-enrolled = { $count } زده کوونکي اوس په { $class } کې دي.
assign-done = { $lesson } ټولګي { $class } ته وسپارل شو.
learner-new-pin-prompt = نوې پټه شمېره (له 4 تر 8 عددونه؛ تش: هېڅ شمېره نه):
learner-pin-reset = د { $name } پټه شمېره بدله شوه.
learner-erased = د { $name } په اړه ټول خوندي شوي معلومات پاک شول.

## کیلي او لاسلیک شوي پیکونه
keys-generated = پټه کیلي په { $secret } کې ولیکل شوه (د ښوونځي په هیڅ لپ ټاپ کې یې مه ساتئ) او عامه کیلي په { $public } کې:
keys-root-written = د باور د بنسټ سند { $file } ولیکل شو (نسخه { $version }).
pack-signed = { $path } لاسلیک شو.
doctor-root-development = پیکونه باید د پراختیا (development) په کیلي ({ $keys }) لاسلیک شي: د استاد دا نسخه د ښوونځیو لپاره نه ده.
doctor-speech-accurate = { $name } ({ $id })، له نصب شویو څخه تر ټولو دقیق؛ د دې لپ ټاپ پروسیسر او حافظه ({ $memory } MB) یې ښه چلوي.
doctor-speech-light-cpu = { $name } ({ $id })، له نصب شویو څخه تر ټولو سپک، ځکه چې دا پروسیسر AVX2، F16C یا FMA نه لري.
doctor-speech-light-memory = { $name } ({ $id })، له نصب شویو څخه تر ټولو سپک، ځکه چې د دې لپ ټاپ حافظه له 4 GB لږه ده ({ $memory } MB).
doctor-speech-only = { $name } ({ $id })، یوازینی نصب شوی د غږ ماډل.
doctor-speech-none = د غږ هېڅ ماډل نصب نه دی: ustad models fetch { $id }
doctor-root-ministry = پیکونه باید د تعلیم وزارت ({ $keys }) له خوا لاسلیک شي.
