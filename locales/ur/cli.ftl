# کمانڈ لائن پروگرام `ustad` کے پیغامات۔

## غلطیاں

error-pack-not-found = { $path } پر کوئی مواد پیک نہیں ملا۔ “ustad pack build curriculum -o FILE” سے بنائیں اور “ustad pack install FILE” سے انسٹال کریں، یا --pack FILE دیں۔
error-pack-invalid = { $path } استاد کا مواد پیک نہیں ہے۔
error-pack-version = { $path } پیک فارمیٹ { $found } میں ہے، مگر یہ استاد فارمیٹ { $supported } پڑھتا ہے۔ استاد کو اپ ڈیٹ کریں یا نیا پیک لیں۔
error-pack-corrupt = مواد پیک خراب ہے ({ $detail })۔ اسے یو ایس بی سے دوبارہ کاپی کریں۔
error-lesson-not-found = اس پیک میں “{ $id }” نام کا کوئی سبق نہیں ہے۔
error-db-corrupt = طالب علموں کا ڈیٹا بیس { $path } خراب ہے ({ $detail })۔ اسے بدلا نہیں گیا؛ اپنے استاد سے بیک اپ بحال کرنے کو کہیں۔
error-db-too-new = طالب علموں کا ڈیٹا بیس { $path } استاد کے نئے ورژن نے بنایا ہے۔ اسے کھولنے کے لیے استاد کو اپ ڈیٹ کریں۔
error-disk-full = ڈسک بھر چکی ہے، اس لیے کچھ محفوظ نہیں ہوا۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں۔
error-profile-exists = “{ $name }” نام کا ایک طالب علم پہلے سے موجود ہے۔
error-profile-not-found = اس لیپ ٹاپ پر “{ $name }” نام کا کوئی نہیں ہے۔ “ustad learner add { $name }” سے شامل کریں۔
error-no-learner = کون پڑھ رہا ہے؟ “ustad learner add NAME” سے طالب علم شامل کریں، یا --learner NAME دیں۔
error-which-learner = اس لیپ ٹاپ پر { $count } طالب علم ہیں؛ --learner NAME سے بتائیں کون پڑھ رہا ہے۔
error-same-name = “{ $name }” نام کے { $count } طالب علم ہیں؛ --learner کے ساتھ وہ شناخت (id) لکھیں جو “ustad learner list” دکھاتا ہے۔
error-curriculum-invalid = نصاب میں { $count } غلطیاں ہیں؛ کچھ نہیں لکھا گیا۔
error-quiz-abandoned = کوئز مکمل نہیں ہوا، اس لیے محفوظ نہیں کیا گیا۔
error-invalid-input = { $detail }
error-io = کوئی فائل پڑھی یا لکھی نہیں جا سکی: { $detail }
error-internal = کچھ غلط ہو گیا: { $detail }

## اسباق

lessons-empty = کوئی سبق نہیں ملا۔
subject-science = سائنس
subject-mathematics = ریاضی
lesson-grade = جماعت { $grade }
lesson-objectives = اس سبق میں آپ سیکھیں گے:
lesson-glossary = اہم الفاظ
lesson-quiz-count = کوئز: { $count } سوال۔ “ustad quiz take” سے حل کریں۔
lesson-read-next = اگلے حصے کے لیے Enter دبائیں، یا رکنے کے لیے q لکھ کر Enter دبائیں۔
lesson-read-saved = آپ کا پڑھنا محفوظ ہو گیا ({ $minutes } منٹ)۔

## تلاش

search-no-results = کچھ نہیں ملا۔ دوسرے الفاظ آزمائیں، یا اپنے استاد سے پوچھیں۔

## کوئز

quiz-title = کوئز: { $title }
quiz-question-number = سوال { $number } از { $total }
quiz-prompt-choice = آپ کا جواب (حرف)، اشارے کے لیے ?، رکنے کے لیے q:
quiz-prompt-true-false = صحیح یا غلط؟ اشارے کے لیے ?، رکنے کے لیے q:
quiz-prompt-number = آپ کا جواب (عدد)، اشارے کے لیے ?، رکنے کے لیے q:
quiz-hint = اشارہ: { $hint }
quiz-correct = درست! شاباش۔
quiz-wrong = ٹھیک نہیں۔ صحیح جواب { $answer } ہے۔
quiz-statement-true = ٹھیک نہیں۔ یہ بات درست ہے۔
quiz-statement-false = ٹھیک نہیں۔ یہ بات درست نہیں ہے۔
quiz-explanation = وجہ: { $text }
quiz-not-understood = یہ جواب سمجھ نہیں آیا۔ دوبارہ کوشش کریں۔
quiz-score = آپ کے { $total } میں سے { $correct } جواب درست ہیں۔
quiz-saved = آپ کے جواب محفوظ ہو گئے۔
quiz-no-questions = اس سبق کا کوئی کوئز نہیں ہے۔

## طالب علم اور پیش رفت

learner-added = خوش آمدید، { $name }!
learner-none = ابھی اس لیپ ٹاپ پر کوئی طالب علم نہیں ہے۔
progress-empty = ابھی کوئی پیش رفت نہیں۔ کوئی سبق پڑھیں یا کوئز حل کریں۔
progress-line = { $sections } حصے پڑھے، { $minutes } منٹ، { $attempts } کوئز
progress-best = بہترین { $correct }/{ $total }

## پیک

pack-built = { $path } بن گیا: { $lessons } اسباق، مواد ہیش { $hash }۔
pack-warnings = { $count } انتباہ
pack-installed = بنیادی پیک کے طور پر انسٹال ہو گیا: { $path }
provision-already = یہ لیپ ٹاپ پہلے ہی “{ $id }” سے سیٹ اپ ہو چکا ہے؛ کچھ نہیں بدلا۔
provision-applied = یہ لیپ ٹاپ { $school } کے لیے سیٹ اپ ہو گیا۔ شامل کیے گئے اساتذہ: { $teachers }۔ شامل کی گئی جماعتیں: { $classes }۔ اسباق: { $packs }۔ ماڈل: { $models }۔
doctor-bundle-written = تشخیصی فائل { $file } میں لکھ دی گئی (اس میں نام، پن یا سوال نہیں)۔ اسے اپنے ضلع کے سپورٹ ڈیسک کو دیں۔
pack-archived = یہ اسباق اس پیک میں نہیں رہے، پرانے پیک سے محفوظ رکھے گئے تاکہ پیش رفت اور دیا گیا کام باقی رہے: { $lessons }
pack-ok = پیک مکمل اور درست ہے۔

## انٹرایکٹو سیشن

shell-welcome = استاد: آپ کے اسباق، کوئز اور تلاش، اسی لیپ ٹاپ پر۔
shell-choose-language = زبان چنیں: 1 English، 2 اردو
shell-who = کون پڑھ رہا ہے؟ اپنا نام لکھیں:
shell-which = کون سا؟ نمبر لکھیں:
shell-hello = السلام علیکم، { $name }!
shell-help = کمانڈز: lessons · read ID · quiz ID · search الفاظ · ask سوال · progress · language · help · quit
shell-prompt = استاد>
shell-unknown = یہ کمانڈ معلوم نہیں۔ help لکھیں۔
shell-bye = خدا حافظ! پڑھتے رہیں۔

## ماڈل

error-model-unknown = کیٹلاگ میں “{ $id }” نام کا کوئی ماڈل نہیں۔ “ustad models list” دیکھیں۔
error-model-download = ماڈل ڈاؤن لوڈ نہیں ہو سکا ({ $detail })۔ انٹرنیٹ کے بغیر، ماڈل یو ایس بی سے کاپی کریں اور “ustad models import FILE” استعمال کریں۔
error-model-checksum = { $file } وہ فائل نہیں جو کیٹلاگ میں درج ہے (اس کا SHA-256 مختلف ہے)، اس لیے انسٹال نہیں کی گئی۔
error-provision-invalid = سیٹ اپ فائل { $file } استعمال نہیں ہو سکتی: سطر { $line }: { $detail }
error-model-invalid = { $path } ایسا ماڈل نہیں جسے استاد استعمال کر سکے۔
error-model-not-chat = { $path } بات چیت والا ماڈل نہیں، اس لیے پڑھا نہیں سکتا۔ کوئی انسٹرکٹ (چیٹ) ماڈل استعمال کریں۔
error-model-detail = ({ $detail })
error-model-no-source = ماڈل “{ $id }” یہاں ڈاؤن لوڈ نہیں ہو سکتا۔ فائل { $file } کو اس لیپ ٹاپ پر کاپی کریں (مثلاً یو ایس بی سے) اور “ustad models import FILE” چلائیں۔
models-installed = انسٹال ہو گیا: { $path }
models-pack-installed = پیک سے ماڈل انسٹال ہو گئے (ورژن { $version })، ہر ایک جانچا گیا: { $models }
models-verify-ok = کیٹلاگ کے مطابق ہے
models-verify-bad = خراب: کیٹلاگ کے مطابق نہیں
models-missing = انسٹال نہیں

## ڈاکٹر: اس لیپ ٹاپ کی میموری کے لیے ٹیوٹر ماڈل

doctor-recommended = { $memory } MB میموری کے ساتھ یہ لیپ ٹاپ ٹیوٹر کے طور پر { $name } (“{ $id }”) چلا سکتا ہے؛ اسے تقریباً { $ram } MB چاہیے۔
doctor-recommended-installed = یہ انسٹال ہے۔
doctor-recommended-fetch = اسے “ustad models fetch { $id }” سے انسٹال کریں۔
doctor-recommended-import = یہ یہاں ڈاؤن لوڈ نہیں ہو سکتا: { $file } کو اس لیپ ٹاپ پر کاپی کریں (مثلاً یو ایس بی سے) اور “ustad models import FILE” چلائیں۔
doctor-recommended-none = { $memory } MB میموری میں کیٹلاگ کا کوئی ٹیوٹر ماڈل نہیں سماتا؛ ٹیوٹر اسباق سے جواب دے گا۔

## آواز

error-asr-audio-unreadable = یہ فائل ایسی ریکارڈنگ نہیں جسے استاد پڑھ سکے (WAV، MP3، OGG، Opus یا FLAC)۔ ({ $detail })
error-asr-audio-empty = اس ریکارڈنگ میں کوئی آواز نہیں۔ ({ $detail })
error-asr-audio-damaged = یہ ریکارڈنگ خراب ہے۔ ({ $detail })
error-asr-audio-not-found = ریکارڈنگ نہیں ملی۔ ({ $detail })
error-asr-model-not-found = آواز پہچاننے کا ماڈل انسٹال نہیں۔ “ustad models fetch whisper-base” سے حاصل کریں۔ ({ $detail })
error-asr-model-invalid = آواز کے ماڈل کی فائل قابلِ استعمال نہیں؛ اسے دوبارہ حاصل کریں۔ ({ $detail })
error-asr-worker-crashed = سننا اچانک رک گیا۔ براہِ کرم دوبارہ کوشش کریں۔ ({ $detail })
error-asr-timeout = سننے میں بہت دیر لگی اس لیے روک دیا گیا۔ براہِ کرم دوبارہ کوشش کریں۔ ({ $detail })

## مائیکروفون سے سننا

listen-recording = سن رہا ہوں… اب بولیے، اور بات ختم ہو جائے تو Enter دبائیے (زیادہ سے زیادہ { $seconds } سیکنڈ)۔
listen-capped = { $seconds } سیکنڈ ہو گئے، سوال اس سے لمبا نہیں ہو سکتا؛ یہیں رک رہا ہوں۔
error-mic-no-microphone = کوئی مائیکروفون نہیں ملا۔ مائیکروفون لگائیے، یا اپنا سوال لکھ دیجیے۔ ({ $detail })
error-mic-microphone-failed = مائیکروفون استعمال نہیں ہو سکا۔ دوبارہ کوشش کیجیے، یا سوال لکھ دیجیے۔ ({ $detail })
error-mic-recording-empty = کچھ سنائی نہیں دیا۔ بولتے وقت بٹن دبائے رکھیے۔ ({ $detail })
error-mic-recording-not-saved = ریکارڈنگ محفوظ نہیں ہو سکی؛ شاید ڈسک بھری ہوئی ہے۔ ({ $detail })

error-checks-failed = { $count ->
    [one] اس لیپ ٹاپ کی ایک جانچ میں مسئلہ ملا (اوپر دیکھیں)۔ اسے ٹھیک کریں، پھر “ustad doctor” دوبارہ چلائیں۔
   *[other] اس لیپ ٹاپ کی { $count } جانچوں میں مسئلے ملے (اوپر دیکھیں)۔ انہیں ٹھیک کریں، پھر “ustad doctor” دوبارہ چلائیں۔
}

# The classroom (teacher commands)
error-which-teacher = اس لیپ ٹاپ پر { $count } استاد ہیں؛ --teacher NAME سے بتائیں کہ آپ کون ہیں۔
error-confirm-needed = یہ واپس نہیں ہو سکتا۔ آگے بڑھنے کے لیے --yes لکھیں۔
teacher-password-prompt = استاد کا پاس ورڈ:
teacher-new-password-prompt = نئے استاد کا پاس ورڈ (6 سے 64 حروف):
teacher-added = استاد { $name } شامل ہو گئے۔
class-created = جماعت { $name } بن گئی۔
class-tutor = ٹیوٹر: { $mode }؛ روزانہ سوال: { $limit }
class-group-added = گروپ { $name } شامل ہو گیا۔
class-enrolled = { $count } طالب علم اب { $class } میں ہیں۔
assign-done = { $lesson } جماعت { $class } کو دیا گیا۔
learner-new-pin-prompt = نیا خفیہ نمبر (4 سے 8 ہندسے؛ خالی: کوئی نمبر نہیں):
learner-pin-reset = { $name } کا خفیہ نمبر بدل دیا گیا۔
learner-erased = { $name } کے بارے میں محفوظ سب کچھ مٹا دیا گیا۔

## کلیدیں اور دستخط شدہ پیک
keys-generated = خفیہ کلید { $secret } میں لکھ دی گئی (اسے سکول کے کسی لیپ ٹاپ پر نہ رکھیں) اور عوامی کلید { $public } میں:
keys-root-written = اعتماد کی بنیادی دستاویز { $file } لکھ دی گئی (ورژن { $version })۔
pack-signed = { $path } پر دستخط ہو گئے۔
doctor-root-development = پیکوں پر ڈویلپمنٹ کلید ({ $keys }) کے دستخط ہونا ضروری ہیں: استاد کا یہ ورژن سکولوں کے لیے نہیں ہے۔
doctor-speech-accurate = { $name } ({ $id })، نصب شدہ میں سب سے درست؛ اس لیپ ٹاپ کا پروسیسر اور میموری ({ $memory } MB) اسے اچھی طرح چلاتے ہیں۔
doctor-speech-light-cpu = { $name } ({ $id })، نصب شدہ میں سب سے ہلکا، کیونکہ اس پروسیسر میں AVX2، F16C یا FMA نہیں۔
doctor-speech-light-memory = { $name } ({ $id })، نصب شدہ میں سب سے ہلکا، کیونکہ اس لیپ ٹاپ کی میموری 4 GB سے کم ہے ({ $memory } MB)۔
doctor-speech-only = { $name } ({ $id })، واحد نصب شدہ آواز کا ماڈل۔
doctor-speech-none = آواز کا کوئی ماڈل نصب نہیں: ustad models fetch { $id }
doctor-root-ministry = پیکوں پر وزارتِ تعلیم ({ $keys }) کے دستخط ہونا ضروری ہیں۔
