# د استاد اپ د کړکۍ (ui/) پیغامونه. د اصلي پښتو ویونکي له خوا بیا کتنه غواړي.

## هر ځای

app-loading = لږ صبر وکړئ…
app-retry = بیا هڅه وکړئ
app-close = بند کړئ
nav-back = شاته

## لومړی ځل: ژبه

language-choose = خپله ژبه وټاکئ

## څوک زده کړه کوي؟

who-title = څوک زده کړه کوي؟
who-choose = پر خپل نوم کېکاږئ
who-has-pin = پټ نمبر لري
who-new = نوي یاست؟ خپل نوم ورزیات کړئ
who-name = ستاسو نوم
who-picture = یو انځور وټاکئ
who-pin = پټ نمبر (PIN)، که یې غواړئ
who-pin-help = له 4 تر 8 عددونه. که یې نه غواړئ، خالي یې پرېږدئ.
who-create = زده کړه پیل کړئ
who-pin-title = سلام، { $name }!
who-pin-label = خپل پټ نمبر ولیکئ
who-pin-submit = پرانیزئ
learner-switch = زده کوونکی بدل کړئ
avatar-lion = زمری
avatar-tiger = پړانګ
avatar-elephant = فیل
avatar-parrot = طوطي
avatar-turtle = کچوه
avatar-sunflower = لمرګل
avatar-rocket = راکټ
avatar-football = فوټبال

## کور پاڼه

home-hello = سلام، { $name }! نن به څه زده کوو؟
home-empty = په دې لپ ټاپ کې لا هیڅ لوست نشته. له خپل ښوونکي وغواړئ چې لوستونه پرې واچوي.
home-assigned = ستاسو د ښوونکي له خوا
home-archived = زوړ لوست
lesson-archived = دا لوست اوس په نصب شویو لوستونو کې نشته. ساتل شوی دی چې ستاسو کار ورک نه شي.
lesson-body-in = د دې لوست متن اوس مهال په { $language } دی؛ سرلیک، موخې، مهم ټکي او ازموینه ستاسو په ژبه دي.
subject-assigned = ستاسو د ښوونکي له خوا
home-progress = له { $total } برخو څخه { $read } لوستل شوې
home-best = غوره ازموینه: له { $total } څخه { $correct }
home-tutor = له ټیوټر وپوښتئ

## د ټیوټر ماډل حالت

engine-loading = ټیوټر چمتو کېږي…
engine-ready = ټیوټر چمتو دی
engine-absent = ټیوټر له لوستونو ځواب ورکوي
engine-failed = ټیوټر له لوستونو ځواب ورکوي

## لوست

reader-compare = له انګرېزي سره پرتله کړئ
reader-text-smaller = کوچني توري
reader-text-bigger = لوی توري
reader-text-size = د تورو کچه: { $percent }%
reader-take-quiz = ازموینه ورکړئ
reader-ask-tutor = له ټیوټر وپوښتئ
reader-close-tutor = ټیوټر بند کړئ
reader-example = بېلګه

## ازموینه

quiz-hint-button = اشاره
quiz-check = وګورئ
quiz-next = بله پوښتنه
quiz-finish = زما نمرې وښایاست
quiz-true = سم
quiz-false = ناسم
quiz-number-label = ستاسو ځواب
quiz-saving = ستاسو ځوابونه خوندي کېږي…
quiz-back-to-lesson = لوست ته بېرته
quiz-go-home = کور پاڼه
quiz-review-title = راځئ، دا بیا وګورو
quiz-review-yours = ستاسو ځواب: { $answer }
quiz-review-right = سم ځواب: { $answer }
quiz-try-again = ازموینه بیا وکړئ
quiz-all-right = تاسو هره پوښتنه سمه کړه!

## له ټیوټر سره خبرې

tutor-title = ټیوټر
tutor-empty = د خپلو لوستونو په اړه هر څه له ما وپوښتئ. خپله پوښتنه ولیکئ، یا مایکروفون کېکاږئ او خبرې وکړئ.
tutor-input-label = ستاسو پوښتنه
tutor-send = ولېږئ
tutor-stop = ودروئ
tutor-thinking = فکر کوم…
tutor-stopped = تاسو دا ځواب ودراوه.
tutor-you = تاسو
tutor-ustad = ټیوټر
tutor-mark-curriculum = له لوست څخه
tutor-mark-hint = یوه اشاره
tutor-mark-blocked = ستاسو لپاره یو پیغام
tutor-mark-outside = ستاسو په لوستونو کې نشته
tutor-mark-computed = دقیق حساب
tutor-mark-teacher = د ښوونکي پرېکړه
tutor-offline = ټیوټر ماډل په دې لپ ټاپ نه چلېږي، خو ستاسو لیکلې پوښتنې بیا هم له لوستونو ځواب اخلي.
tutor-getting-ready = ټیوټر چمتو کېږي. همدا اوس پوښتلی شئ: تر هغه چې چمتو شي، ځوابونه به ستاسو له لوستونو راځي.

## مایکروفون

mic-start = خپله پوښتنه ووایئ (تڼۍ کېکاږلې وساتئ، یا یو ځل یې کېکاږئ چې پیل شي او بیا یې کېکاږئ چې ودرېږي)
mic-stop = اورېدل ودروئ
mic-level = ستاسو غږ څومره لوړ دی
mic-recording = اورم… { $seconds } ثانیې
mic-transcribing = ستاسو خبرې لیکم…
mic-check = وګورئ چې ما سم لیکلي، بیا «ولېږئ» کېکاږئ.
mic-check-in = ما ستاسو خبرې په { $language } ولیکلې. وې ګورئ، بیا د لېږلو تڼۍ کېکاږئ.

## امستنې

settings-title = امستنې
settings-language = ژبه
settings-text-size = د تورو کچه
settings-text-sample = د لوست توري به دومره لوی وي.
settings-threads = د ټیوټر لپاره د پروسېسر تارونه (threads)
settings-threads-help = له 1 تر { $max } پورې. ډېر یې ګړندي دي، خو لپ ټاپ ډېر بوختوي. بدلول یې ټیوټر بیا پیلوي.
settings-threads-apply = پلي کړئ
settings-saved = خوندي شو
settings-models = ماډلونه
settings-no-models = په دې لپ ټاپ کې هیڅ ماډل نه دی پېژندل شوی.
settings-model-name = نوم
settings-model-role = کار
settings-model-size = کچه
settings-model-license = جواز
settings-model-languages = ژبې
settings-model-installed = نصب دی
settings-role-llm = ټیوټر (ځوابونه لیکي)
settings-role-asr = اورېدل (له غږ څخه لیک)
settings-size-mb = { $mb } MB
settings-yes = هو
settings-no = نه
settings-doctor = څېړنې
settings-check-ok = سم دی
settings-check-bad = ستونزه
settings-optional = اختیاري
settings-about = دا لپ ټاپ
settings-data-dir = د معلوماتو فولډر
settings-pack = د لوستونو پیک

## تېروتنې

error-generic = یو څه غلط شول. بیا هڅه وکړئ، یا له خپل ښوونکي وپوښتئ.
error-pin-wrong = دا پټ نمبر سم نه دی. بیا هڅه وکړئ.
error-pin-required = مهرباني وکړئ خپل پټ نمبر ولیکئ.
error-pin-invalid = پټ نمبر له 4 تر 8 عددونه لري.
error-pin-locked = ډېر ځله غلط نمبر ولیکل شو. { $seconds } ثانیې انتظار وکړئ، بیا هڅه وکړئ.
error-password-invalid = پاسورډ له 6 تر 64 توري لري.
error-password-wrong = دا پاسورډ سم نه دی.
error-not-authorised = دا کار یوازې د دې ټولګي ننوتی ښوونکی کولی شي.
error-class-not-found = د “{ $name }” په نوم ټولګی نشته.
error-group-not-found = په دې ټولګي کې د “{ $name }” په نوم ډله نشته.
error-quiz-answered = دې پوښتنې ته مخکې ځواب ورکړل شوی دی.
error-quiz-unfinished = لومړی ټولو پوښتنو ته ځواب ورکړئ: له { $total } څخه { $answered } ته ځواب ورکړل شو.
error-quiz-not-started = مهرباني وکړئ، ازموینه بیا پرانیزئ.
error-question-not-found = په دې ازموینه کې { $id } پوښتنه نشته.
error-name-required = مهرباني وکړئ خپل نوم ولیکئ.
error-not-recording = مایکروفون نه اورېدل. مایکروفون کېکاږئ او خبرې وکړئ.
error-no-microphone = هیڅ مایکروفون ونه موندل شو. تاسو کولی شئ خپله پوښتنه ولیکئ.
error-microphone-failed = مایکروفون اوس کار نه کوي. بیا هڅه وکړئ، یا خپله پوښتنه ولیکئ.
error-recording-empty = ما هیڅ وانه ورېدل. د خبرو پر مهال تڼۍ کېکاږلې وساتئ، یا یو ځل یې کېکاږئ، خبرې وکړئ او بیا یې کېکاږئ.
error-recording-not-saved = ستاسو ریکارډ خوندي نه شو. کېدای شي ډیسک ډک وي.
error-response-not-understood = په دې ځواب ونه پوهېدم. بیا یې وټاکئ یا یې ولیکئ.
error-audio-unreadable = په ریکارډ ونه پوهېدم. بیا هڅه وکړئ.
error-audio-empty = ما هیڅ وانه ورېدل. لږ په لوړ غږ خبرې وکړئ او بیا هڅه وکړئ.
error-audio-damaged = ریکارډ خراب شو. بیا هڅه وکړئ.
error-tutor-failed = ټیوټر اوس ځواب ورنه کړای شو. بیا هڅه وکړئ.
error-model-not-found = په دې لپ ټاپ کې یو ماډل نشته. له خپل ښوونکي وپوښتئ.
error-not-loaded = دا لا چمتو کېږي. لږ انتظار وکړئ او بیا هڅه وکړئ.
error-worker-crashed = دا ناڅاپه ودرېد. بیا هڅه وکړئ.
error-timeout = ډېر وخت یې ونیو، نو ودرول شو. بیا هڅه وکړئ.
app-error-lesson-not-found = دا لوست په دې لپ ټاپ کې نشته.
app-error-no-learner = لومړی وټاکئ چې څوک زده کړه کوي.
app-error-internal = په اپ کې یو څه خراب شول. بیا هڅه وکړئ.
app-error-profile-exists = په دې نوم یو څوک دا لپ ټاپ له مخکې کاروي. له لېست څخه خپل نوم وټاکئ، یا له خپل نوم سره یو څه نور ورزیات کړئ.
app-error-pack-not-found = لوستونه لا په دې لپ ټاپ کې نشته. له خپل ښوونکي وغواړئ چې نصب یې کړي.
app-error-model-invalid = په دې لپ ټاپ کې یو ماډل نه شي کارول کېدای. له خپل ښوونکي وپوښتئ.

# Errors every part of Ustad can meet (one message per stable error code; see crates/error-codes).
error-pack-unsigned = { $path } لاسلیک شوی د منځپانګې پیک نه دی، یا نیمګړی دی. د تعلیم وزارت له یو اېس بي څخه یې بیا کاپي کړئ.
error-pack-signature-invalid = { $path } له ډیجیټل لاسلیک وروسته بدل شوی دی. نصب نه شو. د تعلیم وزارت له یو اېس بي څخه یې بیا کاپي کړئ.
error-pack-key-untrusted = { $path } د تعلیم وزارت لاسلیک نه لري (یا په داسې کیلي لاسلیک شوی چې وزارت بېرته اخیستې ده). نصب نه شو.
error-pack-rollback = دا پیک په دې لپ ټاپ کې له موجود پیک څخه زوړ دی. نصب نه شو.
error-pack-rollback-version = د دې پیک نسخه { $found } ده، چې له نصب شوې نسخې { $installed } څخه زړه ده. نصب نه شو.
error-pack-read-failed = په دې لپ ټاپ کې لوستونه ونه لوستل شول. د منځپانګې پیک له یو اېس بي څخه بیا کاپي کړئ.
error-search-failed = په لوستونو کې لټون کار ونه کړ. د منځپانګې پیک له یو اېس بي څخه بیا کاپي کړئ.
error-db-error = ستاسو پرمختګ همدا اوس ونه لوستل شو یا خوندي نه شو. بیا هڅه وکړئ، یا له خپل ښوونکي وپوښتئ.
error-model-unsupported = اپ دا ډول ماډل نشي چلولی. له خپل ښوونکي وپوښتئ.
error-model-convert-failed = ماډل د دې لپ ټاپ لپاره چمتو نه شو. بیا یې ترلاسه کړئ یا یې وارد کړئ.
error-catalog-invalid = په دې لپ ټاپ کې د ماډلونو لېست خراب شوی دی. اپ بیا نصب کړئ، یا له خپل ښوونکي وپوښتئ.
error-model-too-large = دا ماډل تر دې لپ ټاپ ډېرې حافظې ته اړتیا لري. له خپل ښوونکي یو کوچنی ماډل وغواړئ.
error-cpu-unsupported = د دې لپ ټاپ پروسېسر د ټیوټر ماډل نشي چلولی. ستاسو پوښتنې له لوستونو ځواب اخلي.
error-context-overflow = دا خبرې اترې د ټیوټر لپاره ډېرې اوږدې شوې. مهرباني وکړئ نوې خبرې اترې پیل کړئ.
error-bad-request = د اپ یوه برخه په یوه غوښتنه ونه پوهېده. بیا هڅه وکړئ، یا له خپل ښوونکي وپوښتئ.
error-asr-failed = اورېدل همدا اوس کار ونه کړ. بیا هڅه وکړئ، یا خپله پوښتنه ولیکئ.
error-worker-missing = د اپ یوه برخه په دې لپ ټاپ کې نشته، نو ټیوټر او اورېدل نشي پیل کېدای. له خپل ښوونکي وغواړئ چې اپ بیا نصب کړي.
error-safety-list-unknown-section = د خوندیتوب د ټکو یو لېست داسې برخه لري چې اپ یې نه پېژني. مهرباني وکړئ اپ بیا نصب کړئ.
error-safety-list-invalid-line = د خوندیتوب د ټکو یو لېست داسې کرښه لري چې اپ یې نشي لوستلی. مهرباني وکړئ اپ بیا نصب کړئ.

## د لپ ټاپونو ترمنځ همغږي (د ښوونکي د همغږۍ پاڼه، د زده کوونکي د لپ ټاپ د همغږۍ پاڼه، د ټولګي د ګډون کوډ)
sync-title = لپ ټاپونه همغږي کړئ
sync-learner-button = دا لپ ټاپ همغږي کړئ
sync-learner-title = دا لپ ټاپ د ښوونکي له لپ ټاپ سره همغږي کړئ
sync-usb-heading = یو اېس بي
sync-usb-none = یو اېس بي ولګوئ.
sync-usb-look-again = بیا وګورئ
sync-usb-which = یو اېس بي:
sync-usb-no-files = په یو اېس بي کې د همغږۍ هیڅ فایل نه و.
sync-usb-teacher-help = د زده کوونکو کار له هغه یو اېس بي څخه راټول کړئ چې د هغوی لپ ټاپونو پرې د همغږۍ فایلونه لیکلي دي، یا د خپلو ټولګیو سپارل شوې دندې او بدلونونه یو اېس بي ته ولېږئ.
sync-collect = له یو اېس بي راټول کړئ
sync-send = یو اېس بي ته ولېږئ
sync-working = همغږي روانه ده…
sync-lan-heading = دا شبکه
sync-lan-start = په دې شبکه کې همغږي وکړئ
sync-lan-stop = په دې شبکه کې همغږي ودروئ
sync-lan-on = په دې شبکه کې د زده کوونکو لپ ټاپونه دا لپ ټاپ پخپله پیدا کوي. که یو لپ ټاپ یې پیدا نه کړي، دا پته پرې ولیکئ:
sync-lan-waiting = د زده کوونکو لپ ټاپونو ته انتظار کوو
sync-devices = د ټولګي لپ ټاپونه
sync-no-devices = تر اوسه هیڅ لپ ټاپ له دې لپ ټاپ سره همغږي نه ده کړې. د ټولګي د ګډون کوډ وښایاست (د ټولګي په امستنو کې) او د هغه لپ ټاپ لومړی د همغږۍ فایل راټول کړئ.
sync-device = لپ ټاپ
sync-device-class = ټولګی
sync-last = وروستۍ همغږي
sync-new-for-it = د هغه لپاره نوي
sync-never = هېڅکله نه
sync-remove = لرې کړئ
sync-removed = لرې شوی
sync-role-teacher = د ښوونکي لپ ټاپ
sync-remove-confirm = لپ ټاپ { $label } لرې کړئ؟ له اوس وروسته به یې د همغږۍ فایلونه نه منل کېږي. دا هغه وخت وکړئ چې یو لپ ټاپ ورک یا غلا شي.
sync-conflicts = په دوو لپ ټاپونو کې بدل شوي
sync-conflicts-help = دا شیان له همغږۍ مخکې په دوو لپ ټاپونو کې بدل شوي وو. نوی بدلون کارول کېږي؛ بل یې په تاریخچه کې ساتل کېږي.
sync-conflict = { $subject }: { $field } “{ $kept }” دی (په “{ $other }” هم بدل شوی و)
sync-join-heading = په خپل ټولګي کې ګډون وکړئ
sync-join-code = د ټولګي کوډ:
sync-join = ګډون وکړئ
sync-join-pending = دا لپ ټاپ به په راتلونکې همغږۍ کې په هغه ټولګي کې شامل شي چې کوډ یې { $code } دی.
sync-joined-class = دا لپ ټاپ د ښوونکي په ټولګي کې دی.
sync-with-usb = د یو اېس بي له لارې همغږي وکړئ
sync-on-network = په دې شبکه کې همغږي وکړئ
sync-address = یا د ښوونکي پته ولیکئ:
sync-sent = لېږل شوي: { $summary }.
sync-received = ترلاسه شوي: { $summary }.
class-join-code-heading = د زده کوونکو د لپ ټاپونو لپاره د ګډون کوډ
class-join-code-help = دا کوډ د زده کوونکي په لپ ټاپ کې په «دا لپ ټاپ همغږي کړئ» کې ولیکئ، بیا د یو اېس بي له لارې یا په دې شبکه کې همغږي وکړئ.
class-join-code-qr = د ګډون د کوډ { $code } QR کوډ

## له یو اېس بي څخه لوستونه (د ښوونکي «دا لپ ټاپ» پاڼه)
laptop-packs-help = د لوستونو یا ماډلونو هغه پیک نصب کړئ چې د تعلیم وزارت لاسلیک کړی وي. د کاپي کېدو پر مهال څېړل کېږي؛ بدل شوی، بې لاسلیکه یا زوړ پیک نه منل کېږي.
laptop-diagnostics-save = تشخیصي فایل په یو اېس بي کې خوندي کړئ
laptop-diagnostics-saved = { $file } خوندي شو. نومونه، پن یا پوښتنې پکې نشته: د خپلې ولسوالۍ ملاتړ مېز ته یې ورکړئ.
laptop-pack-install = نصب کړئ
laptop-pack-checking = لوستونه څېړل کېږي او کاپي کېږي
laptop-pack-installed = د لوستونو نسخه { $version } نصب شوه.
laptop-models-installed = ماډلونه نصب او وازمویل شول: { $models }
laptop-pack-archived = { $count } لوستونه په دې نسخه کې نشته. ساتل شوي دي، چې پر هغو د ماشومانو کار او ورکړل شوې دندې ورکې نه شي.
