# `ustad` کمانڈ لائن پروگرام دے سنیہے (پنجابی، شاہ مکھی)۔ اصل پنجابی بولن والے توں نظرثانی چاہیدی اے۔
# Plural selectors here use the key [1], not [one]: the Punjabi plural rule (CLDR) puts 0 in "one",
# so [one] would print "one quiz" for 0 quizzes.

## غلطیاں۔ ہر غلطی اپنے پکے کوڈ نال وکھائی جاندی اے، جیویں "error [PACK_NOT_FOUND]: ..."۔

# Variables: $path (String) - where the pack was looked for
error-pack-not-found = { $path } تے کوئی مواد پیک نہیں لبھیا۔ “ustad pack build curriculum -o FILE” نال بناؤ تے “ustad pack install FILE” نال انسٹال کرو، یا --pack FILE دیو۔
# Variables: $path (String)
error-pack-invalid = { $path } استاد دا مواد پیک نہیں اے۔
# Variables: $path (String), $found (Number), $supported (Number)
error-pack-version = { $path } پیک فارمیٹ { $found } وچ اے، پر ایہ استاد فارمیٹ { $supported } پڑھدا اے۔ استاد نوں اپ ڈیٹ کرو یا نواں پیک لوو۔
# Variables: $detail (String)
error-pack-corrupt = مواد پیک خراب اے ({ $detail })۔ اینوں یو ایس بی توں دوبارہ کاپی کرو۔
# Variables: $id (String)
error-lesson-not-found = ایس پیک وچ “{ $id }” ناں دا کوئی سبق نہیں اے۔
# Variables: $path (String), $detail (String)
error-db-corrupt = طالب علماں دا ڈیٹا بیس { $path } خراب اے ({ $detail })۔ اینوں بدلیا نہیں گیا؛ اپنے استاد نوں بیک اپ بحال کرن لئی آکھو۔
# Variables: $path (String)
error-db-too-new = طالب علماں دا ڈیٹا بیس { $path } استاد دے نویں ورژن نے بنایا اے۔ اینوں کھولن لئی استاد نوں اپ ڈیٹ کرو۔
error-disk-full = ڈسک بھر گئی اے، ایس لئی کجھ وی محفوظ نہیں ہویا۔ کجھ تھاں خالی کر کے دوبارہ کوشش کرو۔
# Variables: $name (String)
error-profile-exists = “{ $name }” ناں دا کوئی پہلاں ای موجود اے۔
# Variables: $name (String)
error-profile-not-found = ایس لیپ ٹاپ تے “{ $name }” ناں دا کوئی نہیں۔ “ustad learner add { $name }” نال شامل کرو۔
error-no-learner = کون پڑھ رہیا اے؟ “ustad learner add NAME” نال طالب علم شامل کرو، یا --learner NAME دیو۔
# Variables: $count (Number) - learners on this laptop
error-which-learner = ایس لیپ ٹاپ تے { $count } طالب علم نیں؛ --learner NAME نال دسو کہ کون پڑھ رہیا اے۔
error-same-name = “{ $name }” ناں دے { $count } پڑھن والے نیں؛ --learner نال اوہ شناخت (id) لکھو جیہڑی “ustad learner list” وکھاندا اے۔
# Variables: $count (Number)
error-curriculum-invalid = نصاب وچ { $count ->
    [1] اک غلطی اے
   *[other] { $count } غلطیاں نیں
}؛ کجھ وی نہیں لکھیا گیا۔
error-quiz-abandoned = کوئز پورا نہیں ہویا، ایس لئی محفوظ نہیں کیتا گیا۔
# Variables: $detail (String)
error-invalid-input = { $detail }
# Variables: $detail (String)
error-io = کوئی فائل پڑھی یا لکھی نہیں جا سکی: { $detail }
# Variables: $detail (String)
error-internal = کجھ غلط ہو گیا: { $detail }

## سبق

lessons-empty = کوئی سبق نہیں لبھیا۔
subject-science = سائنس
subject-mathematics = ریاضی
# Variables: $grade (Number)
lesson-grade = جماعت { $grade }
lesson-objectives = ایس سبق وچ تسیں سکھو گے:
lesson-glossary = اہم لفظ
# Variables: $count (Number)
lesson-quiz-count = کوئز: { $count } سوال۔ “ustad quiz take” نال حل کرو۔
lesson-read-next = اگلے حصے لئی Enter دباؤ، یا رکن لئی q لکھ کے Enter دباؤ۔
# Variables: $minutes (Number)
lesson-read-saved = تہاڈا پڑھنا محفوظ ہو گیا ({ $minutes } منٹ)۔

## تلاش

search-no-results = کجھ نہیں لبھیا۔ ہور لفظ ورت کے ویکھو، یا اپنے استاد توں پچھو۔

## کوئز

# Variables: $title (String)
quiz-title = کوئز: { $title }
# Variables: $number (Number), $total (Number)
quiz-question-number = سوال { $number } ({ $total } وچوں)
quiz-prompt-choice = تہاڈا جواب (اکھر)، اشارے لئی ?، رکن لئی q:
quiz-prompt-true-false = صحیح یا غلط؟ اشارے لئی ?، رکن لئی q:
quiz-prompt-number = تہاڈا جواب (عدد)، اشارے لئی ?، رکن لئی q:
# Variables: $hint (String)
quiz-hint = اشارہ: { $hint }
quiz-correct = ٹھیک! شاباش۔
# Variables: $answer (String)
quiz-wrong = پورا ٹھیک نہیں۔ صحیح جواب { $answer } اے۔
quiz-statement-true = ٹھیک نئیں۔ ایہ گل سچی اے۔
quiz-statement-false = ٹھیک نئیں۔ ایہ گل سچی نئیں اے۔
# Variables: $text (String)
quiz-explanation = کیوں: { $text }
quiz-not-understood = مینوں ایہ جواب سمجھ نہیں آیا۔ دوبارہ کوشش کرو۔
# Variables: $correct (Number), $total (Number)
quiz-score = تہاڈے { $total } وچوں { $correct } جواب ٹھیک نیں۔
quiz-saved = تہاڈے جواب محفوظ ہو گئے۔
quiz-no-questions = ایس سبق دا کوئی کوئز نہیں۔

## طالب علم تے ترقی

# Variables: $name (String)
learner-added = جی آیاں نوں، { $name }!
learner-none = حالے ایس لیپ ٹاپ نوں کوئی نہیں ورتدا۔
progress-empty = حالے کوئی ترقی نہیں۔ کوئی سبق پڑھو یا کوئز حل کرو۔
# Variables: $sections (Number), $minutes (Number), $attempts (Number)
progress-line = { $sections } حصے پڑھے، { $minutes } منٹ، { $attempts ->
    [1] اک کوئز
   *[other] { $attempts } کوئز
}
# Variables: $correct (Number), $total (Number)
progress-best = سب توں ودھیا { $correct }/{ $total }

## پیک

# Variables: $path (String), $lessons (Number), $hash (String)
pack-built = { $path } بن گیا: { $lessons } سبق، مواد ہیش { $hash }۔
# Variables: $count (Number)
pack-warnings = { $count ->
    [1] اک خبرداری
   *[other] { $count } خبرداریاں
}
# Variables: $path (String)
pack-installed = بنیادی پیک دے طور تے انسٹال ہو گیا: { $path }
provision-already = ایہ لیپ ٹاپ پہلاں ای “{ $id }” توں سیٹ اپ ہو چکیا اے؛ کجھ نہیں بدلیا۔
provision-applied = ایہ لیپ ٹاپ { $school } لئی سیٹ اپ ہو گیا۔ شامل کیتے استاد: { $teachers }۔ شامل کیتیاں جماعتاں: { $classes }۔ سبق: { $packs }۔ ماڈل: { $models }۔
doctor-bundle-written = تشخیصی فائل { $file } وچ لکھ دتی گئی (ایہدے وچ ناں، پن یا سوال نہیں)۔ ایہنوں اپنے ضلعے دے سپورٹ ڈیسک نوں دیو۔
pack-archived = ایہ سبق ہن ایس پیک وچ نہیں، پرانے پیک توں سانبھے گئے نیں تاں جو پیش رفت تے دتا گیا کم رہوے: { $lessons }
pack-ok = پیک پورا تے ٹھیک ٹھاک اے۔

## گل بات والا سیشن (interactive session)

shell-welcome = استاد: تہاڈے سبق، کوئز تے تلاش، ایسے لیپ ٹاپ تے۔
shell-choose-language = بولی چنو: 1 English، 2 اردو
shell-who = کون پڑھ رہیا اے؟ اپنا ناں لکھو:
shell-which = کیہڑا؟ نمبر لکھو:
# Variables: $name (String)
shell-hello = السلام علیکم، { $name }!
shell-help = کمانڈاں: lessons · read ID · quiz ID · search لفظ · ask سوال · progress · language · help · quit
shell-prompt = استاد>
shell-unknown = ایہ کمانڈ میں نہیں جاندا۔ help لکھو۔
shell-bye = رب راکھا! پڑھدے رہو۔

## ماڈل

# Variables: $id (String)
error-model-unknown = کیٹلاگ وچ “{ $id }” ناں دا کوئی ماڈل نہیں۔ “ustad models list” ویکھو۔
# Variables: $detail (String)
error-model-download = ماڈل ڈاؤن لوڈ نہیں ہو سکیا ({ $detail })۔ انٹرنیٹ توں بغیر، ماڈل یو ایس بی توں کاپی کرو تے “ustad models import FILE” ورتو۔
# Variables: $file (String)
error-model-checksum = { $file } اوہ فائل نہیں جیہڑی کیٹلاگ وچ لکھی اے (ایہدا SHA-256 وکھرا اے)، ایس لئی انسٹال نہیں کیتی گئی۔
error-provision-invalid = سیٹ اپ فائل { $file } ورتی نہیں جا سکدی: سطر { $line }: { $detail }
# Variables: $path (String)
error-model-invalid = { $path } ایہو جیہا ماڈل نہیں جیہڑا استاد ورت سکے۔
# Variables: $path (String)
error-model-not-chat = { $path } گل بات والا ماڈل نہیں، ایس لئی پڑھا نہیں سکدا۔ کوئی instruct (chat) ماڈل ورتو۔
# Variables: $detail (String)
error-model-detail = ({ $detail })
# Variables: $id (String) - the model's catalogue id, $file (String) - its file name
error-model-no-source = ماڈل “{ $id }” ایتھے ڈاؤن لوڈ نہیں ہو سکدا۔ فائل { $file } ایس لیپ ٹاپ تے کاپی کرو (جیویں یو ایس بی توں) تے “ustad models import FILE” چلاؤ۔
# Variables: $path (String)
models-installed = انسٹال ہو گیا: { $path }
models-pack-installed = پیک توں ماڈل انسٹال ہو گئے (ورژن { $version })، ہر اک جانچیا گیا: { $models }
models-verify-ok = کیٹلاگ نال ملدا اے
models-verify-bad = خراب: کیٹلاگ نال نہیں ملدا
models-missing = انسٹال نہیں

## ڈاکٹر: ایس لیپ ٹاپ دی میموری لئی ٹیوٹر ماڈل

# Variables: $memory (Number) - MB of memory in the laptop, $name (String) - the model's name, $id (String) - its catalogue id, $ram (Number) - MB the model needs
doctor-recommended = { $memory } MB میموری نال ایہہ لیپ ٹاپ ٹیوٹر دے طور تے { $name } (“{ $id }”) چلا سکدا اے؛ ایہنوں لگ بھگ { $ram } MB چاہیدی اے۔
doctor-recommended-installed = ایہہ انسٹال اے۔
# Variables: $id (String) - the model's catalogue id
doctor-recommended-fetch = ایہنوں “ustad models fetch { $id }” نال انسٹال کرو۔
# Variables: $file (String) - the model's file name
doctor-recommended-import = ایہہ ایتھے ڈاؤن لوڈ نہیں ہو سکدا: { $file } ایس لیپ ٹاپ تے کاپی کرو (جیویں یو ایس بی توں) تے “ustad models import FILE” چلاؤ۔
# Variables: $memory (Number) - MB of memory in the laptop
doctor-recommended-none = { $memory } MB میموری وچ کیٹلاگ دا کوئی ٹیوٹر ماڈل نہیں سماندا؛ ٹیوٹر سبقاں توں جواب دیوے گا۔

## آواز

# Variables: $detail (String)
error-asr-audio-unreadable = ایہ فائل ایہو جیہی ریکارڈنگ نہیں جیہڑی استاد پڑھ سکے (WAV، MP3، OGG، Opus یا FLAC)۔ ({ $detail })
# Variables: $detail (String)
error-asr-audio-empty = ایس ریکارڈنگ وچ کوئی آواز نہیں۔ ({ $detail })
# Variables: $detail (String)
error-asr-audio-damaged = ایہ ریکارڈنگ خراب اے۔ ({ $detail })
# Variables: $detail (String)
error-asr-audio-not-found = ریکارڈنگ نہیں لبھی۔ ({ $detail })
# Variables: $detail (String)
error-asr-model-not-found = آواز پچھانن والا کوئی ماڈل انسٹال نہیں۔ “ustad models fetch whisper-base” نال لیاؤ۔ ({ $detail })
# Variables: $detail (String)
error-asr-model-invalid = آواز والے ماڈل دی فائل ورتن جوگی نہیں؛ اینوں دوبارہ لیاؤ۔ ({ $detail })
# Variables: $detail (String)
error-asr-worker-crashed = سننا اچانک رک گیا۔ مہربانی کر کے دوبارہ کوشش کرو۔ ({ $detail })
# Variables: $detail (String)
error-asr-timeout = سنن وچ بہت دیر لگی، ایس لئی روک دتا گیا۔ مہربانی کر کے دوبارہ کوشش کرو۔ ({ $detail })

## مائیکروفون توں سننا

# Variables: $seconds (Number)
listen-recording = سن رہیا واں… ہن بولو، تے جدوں گل مک جائے تاں Enter دباؤ (ودھ توں ودھ { $seconds } سیکنڈ)۔
# Variables: $seconds (Number)
listen-capped = { $seconds } سیکنڈ ہو گئے، سوال ایس توں لمبا نہیں ہو سکدا؛ ایتھے ای رک رہیا واں۔
# Variables: $detail (String)
error-mic-no-microphone = کوئی مائیکروفون نہیں لبھیا۔ مائیکروفون لاؤ، یا اپنا سوال لکھ دیو۔ ({ $detail })
# Variables: $detail (String)
error-mic-microphone-failed = مائیکروفون ورتیا نہیں جا سکیا۔ دوبارہ کوشش کرو، یا اپنا سوال لکھ دیو۔ ({ $detail })
# Variables: $detail (String)
error-mic-recording-empty = کجھ سنائی نہیں دتا۔ بولدے ویلے بٹن دبا کے رکھو۔ ({ $detail })
# Variables: $detail (String)
error-mic-recording-not-saved = ریکارڈنگ محفوظ نہیں ہو سکی؛ شاید ڈسک بھری ہوئی اے۔ ({ $detail })

error-checks-failed = { $count ->
    [1] ایس لیپ ٹاپ دی اک جانچ وچ مسئلہ لبھیا (اُتے ویکھو)۔ ایہنوں ٹھیک کرو، فیر “ustad doctor” دوبارہ چلاؤ۔
   *[other] ایس لیپ ٹاپ دیاں { $count } جانچاں وچ مسئلے لبھے (اُتے ویکھو)۔ اوہناں نوں ٹھیک کرو، فیر “ustad doctor” دوبارہ چلاؤ۔
}

# The classroom (teacher commands)
error-which-teacher = ایس لیپ ٹاپ تے { $count } استاد نیں؛ --teacher NAME نال دسو پئی تسیں کون او۔
error-confirm-needed = ایہ واپس نئیں ہو سکدا۔ اگے ودھن لئی --yes لکھو۔
teacher-password-prompt = استاد دا پاس ورڈ:
teacher-new-password-prompt = نویں استاد دا پاس ورڈ (6 توں 64 حرف):
teacher-added = استاد { $name } شامل ہو گئے۔
class-created = جماعت { $name } بن گئی۔
class-tutor = ٹیوٹر: { $mode }؛ روزانہ سوال: { $limit }
class-group-added = گروپ { $name } شامل ہو گیا۔
class-enrolled = { $count } پڑھن والے ہن { $class } وچ نیں۔
assign-done = { $lesson } جماعت { $class } نوں دتا گیا۔
learner-new-pin-prompt = نواں خفیہ نمبر (4 توں 8 ہندسے؛ خالی: کوئی نمبر نئیں):
learner-pin-reset = { $name } دا خفیہ نمبر بدل دتا گیا۔
learner-erased = { $name } بارے محفوظ سب کجھ مٹا دتا گیا۔

## کنجیاں تے دستخط شدہ پیک
keys-generated = خفیہ کنجی { $secret } وچ لکھ دتی گئی (اینوں سکول دے کسے لیپ ٹاپ تے نہ رکھو) تے عوامی کنجی { $public } وچ:
keys-root-written = بھروسے دی بنیادی دستاویز { $file } لکھ دتی گئی (ورژن { $version })۔
pack-signed = { $path } اُتے دستخط ہو گئے۔
doctor-root-development = پیکاں اُتے ڈویلپمنٹ کنجی ({ $keys }) دے دستخط ہونے ضروری نیں: استاد دا ایہ ورژن سکولاں لئی نہیں اے۔
doctor-speech-accurate = { $name } ({ $id })، انسٹال کیتیاں وچوں سب توں درست؛ ایس لیپ ٹاپ دا پروسیسر تے میموری ({ $memory } MB) ایہنوں چنگی طرح چلاندے نیں۔
doctor-speech-light-cpu = { $name } ({ $id })، انسٹال کیتیاں وچوں سب توں ہولا، کیوں جے ایس پروسیسر وچ AVX2، F16C یا FMA نہیں۔
doctor-speech-light-memory = { $name } ({ $id })، انسٹال کیتیاں وچوں سب توں ہولا، کیوں جے ایس لیپ ٹاپ دی میموری 4 GB توں گھٹ اے ({ $memory } MB)۔
doctor-speech-only = { $name } ({ $id })، اکو انسٹال کیتا آواز دا ماڈل۔
doctor-speech-none = آواز دا کوئی ماڈل انسٹال نہیں: ustad models fetch { $id }
doctor-root-ministry = پیکاں اُتے وزارتِ تعلیم ({ $keys }) دے دستخط ہونے ضروری نیں۔
