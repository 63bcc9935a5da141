# استاد ایپ کی کھڑکی (ui/) کے پیغامات۔ ایپ cli.ftl کے کچھ پیغامات بھی استعمال کرتی ہے۔

## ہر جگہ

app-loading = لوڈ ہو رہا ہے…
app-retry = دوبارہ کوشش کریں
app-close = بند کریں
nav-back = واپس

## پہلی بار: زبان

language-choose = اپنی زبان چنیں

## کون پڑھ رہا ہے؟

who-title = کون پڑھ رہا ہے؟
who-choose = اپنے نام پر ٹیپ کریں
who-has-pin = اس کا خفیہ نمبر ہے
who-new = نئے ہیں؟ اپنا نام شامل کریں
who-name = آپ کا نام
who-picture = ایک تصویر چنیں
who-pin = خفیہ نمبر (پن)، اگر آپ چاہیں
who-pin-help = 4 سے 8 ہندسے۔ اگر نہیں چاہیے تو خالی چھوڑ دیں۔
who-create = پڑھنا شروع کریں
who-pin-title = السلام علیکم، { $name }!
who-pin-label = اپنا خفیہ نمبر لکھیں
who-pin-submit = کھولیں
learner-switch = طالب علم بدلیں
avatar-lion = ببر شیر
avatar-tiger = ٹائیگر
avatar-elephant = ہاتھی
avatar-parrot = طوطا
avatar-turtle = کچھوا
avatar-sunflower = سورج مکھی
avatar-rocket = راکٹ
avatar-football = فٹ بال

## ہوم

home-hello = السلام علیکم، { $name }! آج ہم کیا سیکھیں؟
home-empty = اس لیپ ٹاپ پر ابھی کوئی سبق نہیں ہے۔ اپنے استاد سے اسباق ڈلوانے کو کہیں۔
home-assigned = آپ کے استاد کی طرف سے
home-archived = پرانا سبق
lesson-archived = یہ سبق اب نصب شدہ اسباق میں نہیں ہے۔ اسے محفوظ رکھا گیا ہے تاکہ آپ کا کام ضائع نہ ہو۔
lesson-body-in = اس سبق کا متن ابھی { $language } میں ہے؛ عنوان، مقاصد، اہم الفاظ اور کوئز آپ کی زبان میں ہیں۔
subject-assigned = آپ کے استاد کی طرف سے
home-progress = { $total } میں سے { $read } حصے پڑھ لیے
home-best = بہترین کوئز: { $total } میں سے { $correct }
home-tutor = ٹیوٹر سے پوچھیں

## ٹیوٹر ماڈل کی حالت

engine-loading = ٹیوٹر تیار ہو رہا ہے…
engine-ready = ٹیوٹر تیار ہے
engine-absent = ٹیوٹر اسباق سے جواب دیتا ہے
engine-failed = ٹیوٹر اسباق سے جواب دیتا ہے

## سبق

reader-compare = انگریزی سے ملائیں
reader-text-smaller = چھوٹے حروف
reader-text-bigger = بڑے حروف
reader-text-size = حروف کا سائز: { $percent }%
reader-take-quiz = کوئز حل کریں
reader-ask-tutor = ٹیوٹر سے پوچھیں
reader-close-tutor = ٹیوٹر بند کریں
reader-example = مثال

## کوئز

quiz-hint-button = اشارہ
quiz-check = جانچیں
quiz-next = اگلا سوال
quiz-finish = میرا نتیجہ دکھائیں
quiz-true = صحیح
quiz-false = غلط
quiz-number-label = آپ کا جواب
quiz-saving = آپ کے جواب محفوظ ہو رہے ہیں…
quiz-back-to-lesson = سبق پر واپس
quiz-go-home = ہوم
quiz-review-title = آئیں، یہ دوبارہ دیکھیں
quiz-review-yours = آپ کا جواب: { $answer }
quiz-review-right = صحیح جواب: { $answer }
quiz-try-again = کوئز دوبارہ کریں
quiz-all-right = آپ نے ہر سوال درست کیا!

## ٹیوٹر سے بات چیت

tutor-title = ٹیوٹر
tutor-empty = اپنے اسباق کے بارے میں مجھ سے کچھ بھی پوچھیں۔ آپ سوال لکھ سکتے ہیں، یا مائیک دبا کر بول سکتے ہیں۔
tutor-input-label = آپ کا سوال
tutor-send = بھیجیں
tutor-stop = روکیں
tutor-thinking = سوچ رہا ہوں…
tutor-stopped = آپ نے یہ جواب روک دیا۔
tutor-you = آپ
tutor-ustad = ٹیوٹر
tutor-mark-curriculum = سبق سے
tutor-mark-hint = ایک اشارہ
tutor-mark-blocked = آپ کے لیے ایک پیغام
tutor-mark-outside = آپ کے اسباق میں نہیں
tutor-mark-computed = ٹھیک ٹھیک حساب
tutor-mark-teacher = استاد کا فیصلہ
tutor-offline = ٹیوٹر ماڈل اس لیپ ٹاپ پر نہیں چل رہا، پھر بھی آپ کے لکھے ہوئے سوالوں کے جواب اسباق سے ملتے رہیں گے۔
tutor-getting-ready = ٹیوٹر تیار ہو رہا ہے۔ آپ ابھی سے پوچھ سکتے ہیں: تیار ہونے تک جواب آپ کے اسباق سے آئیں گے۔

## مائیکروفون

mic-start = اپنا سوال بولیں (بٹن دبائے رکھیں، یا ایک بار دبا کر شروع کریں اور دوبارہ دبا کر روکیں)
mic-stop = سننا بند کریں
mic-level = آپ کی آواز کتنی اونچی ہے
mic-recording = سن رہا ہوں… { $seconds } سیکنڈ
mic-transcribing = آپ کی بات لکھ رہا ہوں…
mic-check = دیکھ لیں کہ میں نے ٹھیک لکھا ہے، پھر بھیجیں دبائیں۔
mic-check-in = آپ نے جو کہا وہ میں نے { $language } میں لکھا ہے۔ دیکھ لیں، پھر بھیجیں دبائیں۔

## ترتیبات

settings-title = ترتیبات
settings-language = زبان
settings-text-size = حروف کا سائز
settings-text-sample = سبق کے حروف اتنے بڑے نظر آئیں گے۔
settings-threads = ٹیوٹر کے لیے پروسیسر تھریڈز
settings-threads-help = 1 سے { $max } تک۔ زیادہ ہوں تو جواب جلدی آتا ہے، مگر لیپ ٹاپ زیادہ مصروف ہوتا ہے۔ بدلنے سے ٹیوٹر دوبارہ شروع ہوتا ہے۔
settings-threads-apply = لاگو کریں
settings-saved = محفوظ ہو گیا
settings-models = ماڈل
settings-no-models = اس لیپ ٹاپ پر کوئی ماڈل معلوم نہیں۔
settings-model-name = نام
settings-model-role = کام
settings-model-size = سائز
settings-model-license = لائسنس
settings-model-languages = زبانیں
settings-model-installed = انسٹال ہے
settings-role-llm = ٹیوٹر (جواب لکھتا ہے)
settings-role-asr = سننا (آواز سے تحریر)
settings-size-mb = { $mb } ایم بی
settings-yes = ہاں
settings-no = نہیں
settings-doctor = جانچ
settings-check-ok = ٹھیک ہے
settings-check-bad = مسئلہ
settings-optional = اختیاری
settings-about = یہ لیپ ٹاپ
settings-data-dir = ڈیٹا فولڈر
settings-pack = اسباق کا پیک

## غلطیاں

error-generic = کچھ غلط ہو گیا۔ دوبارہ کوشش کریں، یا اپنے استاد سے پوچھیں۔
error-pin-wrong = یہ خفیہ نمبر درست نہیں۔ دوبارہ کوشش کریں۔
error-pin-required = براہِ کرم اپنا خفیہ نمبر لکھیں۔
error-pin-invalid = خفیہ نمبر میں 4 سے 8 ہندسے ہوتے ہیں۔
error-pin-locked = بہت بار غلط نمبر لکھا گیا۔ { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-password-invalid = پاس ورڈ میں 6 سے 64 حروف ہوتے ہیں۔
error-password-wrong = یہ پاس ورڈ درست نہیں ہے۔
error-not-authorised = یہ کام صرف اس جماعت کا سائن اِن شدہ استاد کر سکتا ہے۔
error-class-not-found = “{ $name }” نام کی کوئی جماعت نہیں ہے۔
error-group-not-found = اس جماعت میں “{ $name }” نام کا کوئی گروپ نہیں ہے۔
error-quiz-answered = اس سوال کا جواب پہلے ہی دیا جا چکا ہے۔
error-quiz-unfinished = پہلے ہر سوال کا جواب دیں: { $total } میں سے { $answered } کا جواب دیا گیا۔
error-quiz-not-started = براہ کرم کوئز دوبارہ کھولیں۔
error-question-not-found = اس کوئز میں سوال { $id } نہیں ہے۔
error-name-required = براہِ کرم اپنا نام لکھیں۔
error-not-recording = مائیکروفون سن نہیں رہا تھا۔ مائیک دبائیں اور بولیں۔
error-no-microphone = کوئی مائیکروفون نہیں ملا۔ آپ اپنا سوال لکھ بھی سکتے ہیں۔
error-microphone-failed = مائیکروفون ابھی کام نہیں کر رہا۔ دوبارہ کوشش کریں، یا اپنا سوال لکھ دیں۔
error-recording-empty = مجھے کچھ سنائی نہیں دیا۔ بولتے وقت بٹن دبائے رکھیں، یا ایک بار دبا کر بولیں اور پھر دوبارہ دبائیں۔
error-recording-not-saved = آپ کی ریکارڈنگ محفوظ نہیں ہو سکی۔ شاید ڈسک بھری ہوئی ہے۔
error-response-not-understood = یہ جواب سمجھ نہیں آیا۔ دوبارہ چنیں یا لکھیں۔
error-audio-unreadable = مجھے ریکارڈنگ سمجھ نہیں آئی۔ دوبارہ کوشش کریں۔
error-audio-empty = مجھے کچھ سنائی نہیں دیا۔ ذرا اونچی آواز میں بول کر دوبارہ کوشش کریں۔
error-audio-damaged = ریکارڈنگ خراب ہو گئی۔ دوبارہ کوشش کریں۔
error-tutor-failed = ٹیوٹر ابھی جواب نہیں دے سکا۔ دوبارہ کوشش کریں۔
error-model-not-found = اس لیپ ٹاپ پر ایک ماڈل موجود نہیں۔ اپنے استاد سے پوچھیں۔
error-not-loaded = یہ ابھی تیار ہو رہا ہے۔ تھوڑا انتظار کر کے دوبارہ کوشش کریں۔
error-worker-crashed = یہ اچانک رک گیا۔ دوبارہ کوشش کریں۔
error-timeout = اس میں بہت دیر لگی اس لیے روک دیا گیا۔ دوبارہ کوشش کریں۔
app-error-lesson-not-found = یہ سبق اس لیپ ٹاپ پر نہیں ہے۔
app-error-no-learner = پہلے چنیں کہ کون پڑھ رہا ہے۔
app-error-internal = ایپ میں کچھ گڑبڑ ہو گئی۔ دوبارہ کوشش کریں۔
app-error-profile-exists = اس نام کا کوئی پہلے سے یہ لیپ ٹاپ استعمال کرتا ہے۔ فہرست میں سے اپنا نام چنیں، یا اپنے نام کے ساتھ کچھ اور لکھیں۔
app-error-pack-not-found = اسباق ابھی اس لیپ ٹاپ پر نہیں ہیں۔ اپنے استاد سے انہیں انسٹال کرنے کو کہیں۔
app-error-model-invalid = اس لیپ ٹاپ کا ایک ماڈل استعمال نہیں ہو سکتا۔ اپنے استاد سے پوچھیں۔

# Errors every part of Ustad can meet (one message per stable error code; see crates/error-codes).
error-pack-unsigned = { $path } دستخط شدہ مواد پیک نہیں ہے، یا ادھورا ہے۔ اسے وزارتِ تعلیم کی یو ایس بی سے دوبارہ کاپی کریں۔
error-pack-signature-invalid = { $path } میں ڈیجیٹل دستخط کے بعد تبدیلی کی گئی ہے۔ یہ انسٹال نہیں کیا گیا۔ اسے وزارتِ تعلیم کی یو ایس بی سے دوبارہ کاپی کریں۔
error-pack-key-untrusted = { $path } پر وزارتِ تعلیم کے دستخط نہیں ہیں (یا اس پر ایسی کلید کے دستخط ہیں جو وزارت واپس لے چکی ہے)۔ یہ انسٹال نہیں کیا گیا۔
error-pack-rollback = یہ پیک اس لیپ ٹاپ پر موجود پیک سے پرانا ہے۔ یہ انسٹال نہیں کیا گیا۔
error-pack-rollback-version = یہ پیک ورژن { $found } ہے، جو انسٹال شدہ ورژن { $installed } سے پرانا ہے۔ یہ انسٹال نہیں کیا گیا۔
error-pack-read-failed = اس لیپ ٹاپ پر اسباق پڑھے نہیں جا سکے۔ مواد پیک کو یو ایس بی سے دوبارہ کاپی کریں۔
error-search-failed = اسباق میں تلاش نہیں ہو سکی۔ مواد پیک کو یو ایس بی سے دوبارہ کاپی کریں۔
error-db-error = آپ کی پیش رفت ابھی پڑھی یا محفوظ نہیں ہو سکی۔ دوبارہ کوشش کریں، یا اپنے استاد سے پوچھیں۔
error-model-unsupported = ایپ اس قسم کا ماڈل نہیں چلا سکتی۔ اپنے استاد سے پوچھیں۔
error-model-convert-failed = ماڈل کو اس لیپ ٹاپ کے لیے تیار نہیں کیا جا سکا۔ اسے دوبارہ حاصل کریں یا امپورٹ کریں۔
error-catalog-invalid = اس لیپ ٹاپ پر ماڈلوں کی فہرست خراب ہو گئی ہے۔ ایپ دوبارہ انسٹال کریں، یا اپنے استاد سے پوچھیں۔
error-model-too-large = اس ماڈل کو اس لیپ ٹاپ سے زیادہ میموری چاہیے۔ اپنے استاد سے کوئی چھوٹا ماڈل مانگیں۔
error-cpu-unsupported = اس لیپ ٹاپ کا پروسیسر ٹیوٹر کا ماڈل نہیں چلا سکتا۔ آپ کے سوالوں کے جواب آپ کے اسباق سے ملیں گے۔
error-context-overflow = یہ بات چیت ٹیوٹر کے لیے بہت لمبی ہو گئی ہے۔ نئی بات چیت شروع کریں۔
error-bad-request = ایپ کا ایک حصہ ایک درخواست سمجھ نہیں سکا۔ دوبارہ کوشش کریں، یا اپنے استاد سے پوچھیں۔
error-asr-failed = سننا ابھی کام نہیں کر سکا۔ دوبارہ کوشش کریں، یا اپنا سوال لکھ دیں۔
error-worker-missing = اس لیپ ٹاپ پر ایپ کا ایک حصہ موجود نہیں، اس لیے ٹیوٹر اور سننا شروع نہیں ہو سکتے۔ اپنے استاد سے ایپ دوبارہ انسٹال کرنے کو کہیں۔
error-safety-list-unknown-section = حفاظتی الفاظ کی ایک فہرست میں ایسا حصہ ہے جسے ایپ نہیں پہچانتی۔ ایپ دوبارہ انسٹال کریں۔
error-safety-list-invalid-line = حفاظتی الفاظ کی ایک فہرست میں ایسی سطر ہے جسے ایپ پڑھ نہیں سکتی۔ ایپ دوبارہ انسٹال کریں۔

## لیپ ٹاپوں کے درمیان سنک (استاد کی سنک اسکرین، طالب علم کے لیپ ٹاپ کی سنک اسکرین، جماعت کا شامل ہونے کا کوڈ)
sync-title = لیپ ٹاپ سنک کریں
sync-learner-button = یہ لیپ ٹاپ سنک کریں
sync-learner-title = اس لیپ ٹاپ کو استاد کے لیپ ٹاپ سے سنک کریں
sync-usb-heading = یو ایس بی
sync-usb-none = یو ایس بی لگائیں۔
sync-usb-look-again = دوبارہ دیکھیں
sync-usb-which = یو ایس بی:
sync-usb-no-files = یو ایس بی پر کوئی سنک فائل نہیں تھی۔
sync-usb-teacher-help = طلبہ کا کام اُس یو ایس بی سے لیں جس پر اُن کے لیپ ٹاپوں نے سنک فائلیں لکھی ہیں، یا اپنی جماعتوں کا دیا گیا کام اور تبدیلیاں یو ایس بی پر بھیجیں۔
sync-collect = یو ایس بی سے لیں
sync-send = یو ایس بی پر بھیجیں
sync-working = سنک ہو رہا ہے…
sync-lan-heading = یہ نیٹ ورک
sync-lan-start = اس نیٹ ورک پر سنک کریں
sync-lan-stop = اس نیٹ ورک پر سنک بند کریں
sync-lan-on = اس نیٹ ورک پر طلبہ کے لیپ ٹاپ اس لیپ ٹاپ کو خود ڈھونڈ لیتے ہیں۔ اگر کوئی لیپ ٹاپ نہ ڈھونڈ سکے تو اُس پر یہ پتہ لکھیں:
sync-lan-waiting = طلبہ کے لیپ ٹاپوں کا انتظار ہے
sync-devices = جماعت کے لیپ ٹاپ
sync-no-devices = ابھی کسی لیپ ٹاپ نے اس لیپ ٹاپ سے سنک نہیں کیا۔ جماعت کا شامل ہونے کا کوڈ دکھائیں (جماعت کی ترتیبات میں) اور اُس لیپ ٹاپ کی پہلی سنک فائل لیں۔
sync-device = لیپ ٹاپ
sync-device-class = جماعت
sync-last = آخری سنک
sync-new-for-it = اس کے لیے نیا
sync-never = کبھی نہیں
sync-remove = ہٹائیں
sync-removed = ہٹایا گیا
sync-role-teacher = استاد کا لیپ ٹاپ
sync-remove-confirm = لیپ ٹاپ { $label } ہٹا دیں؟ اب سے اس کی سنک فائلیں قبول نہیں کی جائیں گی۔ یہ تب کریں جب کوئی لیپ ٹاپ گم ہو جائے یا چوری ہو جائے۔
sync-conflicts = دو لیپ ٹاپ پر بدلا گیا
sync-conflicts-help = یہ چیزیں سنک ہونے سے پہلے دو لیپ ٹاپ پر بدلی گئیں۔ نئی تبدیلی استعمال ہوتی ہے؛ دوسری ریکارڈ میں محفوظ رہتی ہے۔
sync-conflict = { $subject }: { $field } “{ $kept }” ہے (اسے “{ $other }” بھی کیا گیا تھا)
sync-join-heading = اپنی جماعت میں شامل ہوں
sync-join-code = جماعت کا کوڈ:
sync-join = شامل ہوں
sync-join-pending = یہ لیپ ٹاپ اگلی بار سنک ہونے پر کوڈ { $code } والی جماعت میں شامل ہو جائے گا۔
sync-joined-class = یہ لیپ ٹاپ استاد کی جماعت میں ہے۔
sync-with-usb = یو ایس بی سے سنک کریں
sync-on-network = اس نیٹ ورک پر سنک کریں
sync-address = یا استاد کا پتہ لکھیں:
sync-sent = بھیجا: { $summary }۔
sync-received = ملا: { $summary }۔
class-join-code-heading = طلبہ کے لیپ ٹاپوں کے لیے شامل ہونے کا کوڈ
class-join-code-help = یہ کوڈ طالب علم کے لیپ ٹاپ پر «یہ لیپ ٹاپ سنک کریں» میں لکھیں، پھر یو ایس بی سے یا اس نیٹ ورک پر سنک کریں۔
class-join-code-qr = شامل ہونے کے کوڈ { $code } کا QR کوڈ

## یو ایس بی سے اسباق (استاد کا «یہ لیپ ٹاپ» صفحہ)
laptop-packs-help = وزارتِ تعلیم کا دستخط شدہ اسباق کا پیک یا ماڈل پیک انسٹال کریں۔ کاپی ہوتے وقت اس کی جانچ ہوتی ہے؛ بدلا ہوا، بغیر دستخط یا پرانا پیک قبول نہیں کیا جاتا۔
laptop-diagnostics-save = تشخیصی فائل یو ایس بی پر محفوظ کریں
laptop-diagnostics-saved = { $file } محفوظ ہو گئی۔ اس میں نام، پن یا سوال نہیں: اسے اپنے ضلع کے سپورٹ ڈیسک کو دیں۔
laptop-pack-install = انسٹال کریں
laptop-pack-checking = اسباق کی جانچ اور کاپی ہو رہی ہے
laptop-pack-installed = اسباق کا ورژن { $version } انسٹال ہو گیا۔
laptop-models-installed = ماڈل انسٹال اور جانچ لیے گئے: { $models }
laptop-pack-archived = { $count } اسباق اس ورژن میں نہیں رہے۔ انہیں محفوظ رکھا گیا ہے تاکہ ان پر بچوں کا کام اور دیا گیا کام ضائع نہ ہو۔
