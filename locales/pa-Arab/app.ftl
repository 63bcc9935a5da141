# استاد ایپ دی کھڑکی (ui/) دے سنیہے (پنجابی، شاہ مکھی)۔ اصل پنجابی بولن والے توں نظرثانی چاہیدی اے۔

## ہر تھاں

app-loading = لوڈ ہو رہیا اے…
app-retry = دوبارہ کوشش کرو
app-close = بند کرو
nav-back = واپس

## پہلی وار: بولی

language-choose = اپنی بولی چُنو

## کون پڑھ رہیا اے؟

who-title = کون پڑھ رہیا اے؟
who-choose = اپنے ناں تے دباؤ
who-has-pin = ایہدا خفیہ نمبر اے
who-new = نویں او؟ اپنا ناں شامل کرو
who-name = تہاڈا ناں
who-picture = اک تصویر چُنو
who-pin = خفیہ نمبر (پن)، جے تسیں چاہو
who-pin-help = 4 توں 8 ہندسے۔ جے نہیں چاہیدا تے خالی چھڈ دیو۔
who-create = پڑھنا شروع کرو
who-pin-title = السلام علیکم، { $name }!
who-pin-label = اپنا خفیہ نمبر لکھو
who-pin-submit = کھولو
learner-switch = طالب علم بدلو
avatar-lion = ببر شیر
avatar-tiger = ٹائیگر
avatar-elephant = ہاتھی
avatar-parrot = طوطا
avatar-turtle = کچھوا
avatar-sunflower = سورج مکھی
avatar-rocket = راکٹ
avatar-football = فٹ بال

## ہوم

home-hello = السلام علیکم، { $name }! اج اسیں کی سکھیے؟
home-empty = ایس لیپ ٹاپ تے حالے کوئی سبق نہیں۔ اپنے استاد نوں سبق پاون لئی آکھو۔
home-assigned = تہاڈے استاد ولوں
home-archived = پرانا سبق
lesson-archived = ایہ سبق ہن انسٹال کیتے سبقاں وچ نہیں۔ ایہنوں سانبھ کے رکھیا گیا اے تاں جو تہاڈا کم ضائع نہ ہووے۔
lesson-body-in = ایس سبق دا متن ہلے { $language } وچ اے؛ سرناواں، مقصد، اہم لفظ تے کوئز تہاڈی بولی وچ نیں۔
subject-assigned = تہاڈے استاد ولوں
home-progress = { $total } وچوں { $read } حصے پڑھ لئے
home-best = سب توں ودھیا کوئز: { $total } وچوں { $correct }
home-tutor = ٹیوٹر توں پچھو

## ٹیوٹر ماڈل دا حال

engine-loading = ٹیوٹر تیار ہو رہیا اے…
engine-ready = ٹیوٹر تیار اے
engine-absent = ٹیوٹر سبقاں توں جواب دیندا اے
engine-failed = ٹیوٹر سبقاں توں جواب دیندا اے

## سبق

reader-compare = انگریزی نال ملاؤ
reader-text-smaller = نکے اکھر
reader-text-bigger = وڈے اکھر
reader-text-size = اکھراں دا سائز: { $percent }%
reader-take-quiz = کوئز حل کرو
reader-ask-tutor = ٹیوٹر توں پچھو
reader-close-tutor = ٹیوٹر بند کرو
reader-example = مثال

## کوئز

quiz-hint-button = اشارہ
quiz-check = چیک کرو
quiz-next = اگلا سوال
quiz-finish = میرا نتیجہ وکھاؤ
quiz-true = صحیح
quiz-false = غلط
quiz-number-label = تہاڈا جواب
quiz-saving = تہاڈے جواب محفوظ ہو رہے نیں…
quiz-back-to-lesson = سبق ول واپس
quiz-go-home = ہوم
quiz-review-title = آؤ، ایہ فیر ویکھیے
quiz-review-yours = تہاڈا جواب: { $answer }
quiz-review-right = ٹھیک جواب: { $answer }
quiz-try-again = کوئز فیر کرو
quiz-all-right = تسیں ہر سوال ٹھیک کیتا!

## ٹیوٹر نال گل بات

tutor-title = ٹیوٹر
tutor-empty = اپنے سبقاں بارے مینوں کجھ وی پچھو۔ تسیں سوال لکھ سکدے او، یا مائیک دبا کے بول سکدے او۔
tutor-input-label = تہاڈا سوال
tutor-send = گھلو
tutor-stop = روکو
tutor-thinking = سوچ رہیا آں…
tutor-stopped = تسیں ایہ جواب روک دتا۔
tutor-you = تسیں
tutor-ustad = ٹیوٹر
tutor-mark-curriculum = سبق توں
tutor-mark-hint = اک اشارہ
tutor-mark-blocked = تہاڈے لئی اک سنیہا
tutor-mark-outside = تہاڈے سبقاں وچ نہیں
tutor-mark-computed = ٹھیک ٹھیک حساب
tutor-mark-teacher = استاد دا فیصلہ
tutor-offline = ٹیوٹر ماڈل ایس لیپ ٹاپ تے نہیں چل رہیا، فیر وی تہاڈے لکھے سوالاں دے جواب سبقاں توں ملدے رہن گے۔
tutor-getting-ready = ٹیوٹر تیار ہو رہیا اے۔ تسیں ہُنے پچھ سکدے او: تیار ہون تیکر جواب تہاڈے سبقاں توں آؤن گے۔

## مائیکروفون

mic-start = اپنا سوال بولو (بٹن دبا کے رکھو، یا اک وار دبا کے شروع کرو تے دوبارہ دبا کے روکو)
mic-stop = سننا بند کرو
mic-level = تہاڈی آواز کنی اُچی اے
mic-recording = سن رہیا آں… { $seconds } سکنٹ
mic-transcribing = تہاڈی گل لکھ رہیا آں…
mic-check = ویکھ لو کہ میں ٹھیک لکھیا اے، فیر «گھلو» دباؤ۔
mic-check-in = تسیں جو آکھیا، میں اوہ { $language } وچ لکھیا اے۔ ویکھ لؤ، فیر بھیجو دباؤ۔

## سیٹنگاں

settings-title = سیٹنگاں
settings-language = بولی
settings-text-size = اکھراں دا سائز
settings-text-sample = سبق دے اکھر اینے وڈے دسن گے۔
settings-threads = ٹیوٹر لئی پروسیسر تھریڈ
settings-threads-help = 1 توں { $max } تیکر۔ ودھ ہون تے جواب چھیتی آؤندا اے، پر لیپ ٹاپ ودھ رُجھیا رہندا اے۔ بدلن نال ٹیوٹر دوبارہ شروع ہوندا اے۔
settings-threads-apply = لاگو کرو
settings-saved = محفوظ ہو گیا
settings-models = ماڈل
settings-no-models = ایس لیپ ٹاپ تے کوئی ماڈل معلوم نہیں۔
settings-model-name = ناں
settings-model-role = کم
settings-model-size = سائز
settings-model-license = لائسنس
settings-model-languages = بولیاں
settings-model-installed = انسٹال اے
settings-role-llm = ٹیوٹر (جواب لکھدا اے)
settings-role-asr = سننا (آواز توں لکھت)
settings-size-mb = { $mb } MB
settings-yes = ہاں
settings-no = نہیں
settings-doctor = جانچ
settings-check-ok = ٹھیک اے
settings-check-bad = مسئلہ
settings-optional = اختیاری
settings-about = ایہ لیپ ٹاپ
settings-data-dir = ڈیٹا فولڈر
settings-pack = سبقاں دا پیک

## غلطیاں

error-generic = کجھ غلط ہو گیا۔ دوبارہ کوشش کرو، یا اپنے استاد توں پچھو۔
error-pin-wrong = ایہ خفیہ نمبر ٹھیک نہیں۔ دوبارہ کوشش کرو۔
error-pin-required = مہربانی کر کے اپنا خفیہ نمبر لکھو۔
error-pin-invalid = خفیہ نمبر وچ 4 توں 8 ہندسے ہوندے نیں۔
error-pin-locked = بہت واری غلط نمبر لکھیا گیا۔ { $seconds } سکنٹ انتظار کرو، فیر دوبارہ کوشش کرو۔
error-password-invalid = پاس ورڈ وچ 6 توں 64 حرف ہوندے نیں۔
error-password-wrong = ایہ پاس ورڈ ٹھیک نئیں اے۔
error-not-authorised = ایہ کم صرف ایس جماعت دا سائن اِن ہویا استاد کر سکدا اے۔
error-class-not-found = “{ $name }” ناں دی کوئی جماعت نئیں اے۔
error-group-not-found = ایس جماعت وچ “{ $name }” ناں دا کوئی گروپ نئیں اے۔
error-quiz-answered = ایس سوال دا جواب پہلاں ای دتا جا چکیا اے۔
error-quiz-unfinished = پہلاں ہر سوال دا جواب دیو: { $total } وچوں { $answered } دا جواب دتا گیا۔
error-quiz-not-started = مہربانی کر کے کوئز فیر کھولو۔
error-question-not-found = ایس کوئز وچ سوال { $id } نئیں اے۔
error-name-required = مہربانی کر کے اپنا ناں لکھو۔
error-not-recording = مائیکروفون سن نہیں رہیا سی۔ مائیک دباؤ تے بولو۔
error-no-microphone = کوئی مائیکروفون نہیں لبھیا۔ تسیں اپنا سوال لکھ وی سکدے او۔
error-microphone-failed = مائیکروفون ہُنے کم نہیں کر رہیا۔ دوبارہ کوشش کرو، یا اپنا سوال لکھ دیو۔
error-recording-empty = مینوں کجھ سنائی نہیں دتا۔ بولدے ویلے بٹن دبا کے رکھو، یا اک وار دبا کے بولو تے فیر دوبارہ دباؤ۔
error-recording-not-saved = تہاڈی ریکارڈنگ محفوظ نہیں ہو سکی۔ شاید ڈسک بھری ہوئی اے۔
error-response-not-understood = ایہ جواب سمجھ نہیں آیا۔ دوبارہ چُنو یا لکھو۔
error-audio-unreadable = مینوں ریکارڈنگ سمجھ نہیں آئی۔ دوبارہ کوشش کرو۔
error-audio-empty = مینوں کجھ سنائی نہیں دتا۔ ذرا اُچی آواز وچ بول کے دوبارہ کوشش کرو۔
error-audio-damaged = ریکارڈنگ خراب ہو گئی۔ دوبارہ کوشش کرو۔
error-tutor-failed = ٹیوٹر ہُنے جواب نہیں دے سکیا۔ دوبارہ کوشش کرو۔
error-model-not-found = ایس لیپ ٹاپ تے اک ماڈل موجود نہیں۔ اپنے استاد توں پچھو۔
error-not-loaded = ایہ حالے تیار ہو رہیا اے۔ تھوڑا انتظار کر کے دوبارہ کوشش کرو۔
error-worker-crashed = ایہ اچانک رک گیا۔ دوبارہ کوشش کرو۔
error-timeout = ایہدے وچ بہت دیر لگ گئی، ایس لئی روک دتا گیا۔ دوبارہ کوشش کرو۔
app-error-lesson-not-found = ایہ سبق ایس لیپ ٹاپ تے نہیں اے۔
app-error-no-learner = پہلاں چُنو کہ کون پڑھ رہیا اے۔
app-error-internal = ایپ وچ کجھ گڑبڑ ہو گئی۔ دوبارہ کوشش کرو۔
app-error-profile-exists = ایس ناں دا کوئی پہلاں ای ایہ لیپ ٹاپ ورتدا اے۔ لسٹ وچوں اپنا ناں چُنو، یا اپنے ناں نال کجھ ہور لکھو۔
app-error-pack-not-found = سبق حالے ایس لیپ ٹاپ تے نہیں۔ اپنے استاد نوں اوہناں نوں انسٹال کرن لئی آکھو۔
app-error-model-invalid = ایس لیپ ٹاپ دا اک ماڈل ورتیا نہیں جا سکدا۔ اپنے استاد توں پچھو۔

# Errors every part of Ustad can meet (one message per stable error code; see crates/error-codes).
error-pack-unsigned = { $path } دستخط شدہ مواد پیک نہیں اے، یا ادھورا اے۔ اینوں وزارتِ تعلیم دی یو ایس بی توں دوبارہ کاپی کرو۔
error-pack-signature-invalid = { $path } وچ ڈیجیٹل دستخط توں بعد تبدیلی کیتی گئی اے۔ ایہ انسٹال نہیں کیتا گیا۔ اینوں وزارتِ تعلیم دی یو ایس بی توں دوبارہ کاپی کرو۔
error-pack-key-untrusted = { $path } اُتے وزارتِ تعلیم دے دستخط نہیں (یا ایہدے اُتے اجیہی کنجی دے دستخط نیں جیہڑی وزارت واپس لے چکی اے)۔ ایہ انسٹال نہیں کیتا گیا۔
error-pack-rollback = ایہ پیک ایس لیپ ٹاپ والے پیک توں پرانا اے۔ ایہ انسٹال نہیں کیتا گیا۔
error-pack-rollback-version = ایہ پیک ورژن { $found } اے، جیہڑا انسٹال ہوئے ورژن { $installed } توں پرانا اے۔ ایہ انسٹال نہیں کیتا گیا۔
error-pack-read-failed = ایس لیپ ٹاپ تے سبق پڑھے نہیں جا سکے۔ مواد پیک یو ایس بی توں دوبارہ کاپی کرو۔
error-search-failed = سبقاں وچ تلاش نہیں ہو سکی۔ مواد پیک یو ایس بی توں دوبارہ کاپی کرو۔
error-db-error = تہاڈی ترقی ہُنے پڑھی یا محفوظ نہیں ہو سکی۔ دوبارہ کوشش کرو، یا اپنے استاد توں پچھو۔
error-model-unsupported = ایپ ایس قسم دا ماڈل نہیں چلا سکدی۔ اپنے استاد توں پچھو۔
error-model-convert-failed = ماڈل ایس لیپ ٹاپ لئی تیار نہیں ہو سکیا۔ اینوں دوبارہ لیاؤ یا امپورٹ کرو۔
error-catalog-invalid = ایس لیپ ٹاپ تے ماڈلاں دی لسٹ خراب ہو گئی اے۔ ایپ دوبارہ انسٹال کرو، یا اپنے استاد توں پچھو۔
error-model-too-large = ایس ماڈل نوں ایس لیپ ٹاپ توں ودھ میموری چاہیدی اے۔ اپنے استاد توں کوئی چھوٹا ماڈل منگو۔
error-cpu-unsupported = ایس لیپ ٹاپ دا پروسیسر ٹیوٹر دا ماڈل نہیں چلا سکدا۔ تہاڈے سوالاں دے جواب تہاڈے سبقاں توں ملن گے۔
error-context-overflow = ایہ گل بات ٹیوٹر لئی بہت لمی ہو گئی اے۔ مہربانی کر کے نویں گل بات شروع کرو۔
error-bad-request = ایپ دا اک حصہ اک درخواست نہیں سمجھ سکیا۔ دوبارہ کوشش کرو، یا اپنے استاد توں پچھو۔
error-asr-failed = سننا ہُنے کم نہیں کر سکیا۔ دوبارہ کوشش کرو، یا اپنا سوال لکھ دیو۔
error-worker-missing = ایس لیپ ٹاپ تے ایپ دا اک حصہ موجود نہیں، ایس لئی ٹیوٹر تے سننا شروع نہیں ہو سکدے۔ اپنے استاد نوں ایپ دوبارہ انسٹال کرن لئی آکھو۔
error-safety-list-unknown-section = حفاظت والے لفظاں دی اک لسٹ وچ ایہو جیہا حصہ اے جیہنوں ایپ نہیں پچھاندی۔ مہربانی کر کے ایپ دوبارہ انسٹال کرو۔
error-safety-list-invalid-line = حفاظت والے لفظاں دی اک لسٹ وچ ایہو جیہی سطر اے جیہڑی ایپ پڑھ نہیں سکدی۔ مہربانی کر کے ایپ دوبارہ انسٹال کرو۔

## لیپ ٹاپاں وچکار سنک (استاد دی سنک سکرین، پڑھن والے دے لیپ ٹاپ دی سنک سکرین، جماعت دا شامل ہون دا کوڈ)
sync-title = لیپ ٹاپ سنک کرو
sync-learner-button = ایہ لیپ ٹاپ سنک کرو
sync-learner-title = ایس لیپ ٹاپ نوں استاد دے لیپ ٹاپ نال سنک کرو
sync-usb-heading = یو ایس بی
sync-usb-none = یو ایس بی لاؤ۔
sync-usb-look-again = فیر ویکھو
sync-usb-which = یو ایس بی:
sync-usb-no-files = یو ایس بی تے کوئی سنک فائل نہیں سی۔
sync-usb-teacher-help = پڑھن والیاں دا کم اوس یو ایس بی توں لوو جیہدے تے اوہناں دے لیپ ٹاپاں نے سنک فائلاں لکھیاں نیں، یا اپنیاں جماعتاں دا دتا گیا کم تے تبدیلیاں یو ایس بی تے گھلو۔
sync-collect = یو ایس بی توں لوو
sync-send = یو ایس بی تے گھلو
sync-working = سنک ہو رہیا اے…
sync-lan-heading = ایہ نیٹ ورک
sync-lan-start = ایس نیٹ ورک تے سنک کرو
sync-lan-stop = ایس نیٹ ورک تے سنک بند کرو
sync-lan-on = ایس نیٹ ورک تے پڑھن والیاں دے لیپ ٹاپ ایس لیپ ٹاپ نوں آپے لبھ لیندے نیں۔ جے کوئی لیپ ٹاپ نہ لبھ سکے تاں اوہدے تے ایہ پتہ لکھو:
sync-lan-waiting = پڑھن والیاں دے لیپ ٹاپاں دی اڈیک اے
sync-devices = جماعت دے لیپ ٹاپ
sync-no-devices = حالے کسے لیپ ٹاپ نے ایس لیپ ٹاپ نال سنک نہیں کیتا۔ جماعت دا شامل ہون دا کوڈ وکھاؤ (جماعت دیاں سیٹنگاں وچ) تے اوس لیپ ٹاپ دی پہلی سنک فائل لوو۔
sync-device = لیپ ٹاپ
sync-device-class = جماعت
sync-last = آخری سنک
sync-new-for-it = ایہدے لئی نواں
sync-never = کدی نہیں
sync-remove = ہٹاؤ
sync-removed = ہٹایا گیا
sync-role-teacher = استاد دا لیپ ٹاپ
sync-remove-confirm = لیپ ٹاپ { $label } ہٹا دیو؟ ہُن توں ایہدیاں سنک فائلاں قبول نہیں کیتیاں جان گیاں۔ ایہ اوس ویلے کرو جدوں کوئی لیپ ٹاپ گواچ جائے یا چوری ہو جائے۔
sync-conflicts = دو لیپ ٹاپاں تے بدلیا گیا
sync-conflicts-help = ایہ چیزاں سنک ہون توں پہلاں دو لیپ ٹاپاں تے بدلیاں گئیاں۔ نویں تبدیلی ورتی جاندی اے؛ دوجی ریکارڈ وچ محفوظ رہندی اے۔
sync-conflict = { $subject }: { $field } “{ $kept }” اے (اینوں “{ $other }” وی کیتا گیا سی)
sync-join-heading = اپنی جماعت وچ شامل ہو جاؤ
sync-join-code = جماعت دا کوڈ:
sync-join = شامل ہوو
sync-join-pending = ایہ لیپ ٹاپ اگلی وار سنک ہون تے کوڈ { $code } والی جماعت وچ شامل ہو جاوے گا۔
sync-joined-class = ایہ لیپ ٹاپ استاد دی جماعت وچ اے۔
sync-with-usb = یو ایس بی نال سنک کرو
sync-on-network = ایس نیٹ ورک تے سنک کرو
sync-address = یا استاد دا پتہ لکھو:
sync-sent = گھلیا: { $summary }۔
sync-received = ملیا: { $summary }۔
class-join-code-heading = پڑھن والیاں دے لیپ ٹاپاں لئی شامل ہون دا کوڈ
class-join-code-help = ایہ کوڈ پڑھن والے دے لیپ ٹاپ تے «ایہ لیپ ٹاپ سنک کرو» وچ لکھو، فیر یو ایس بی نال یا ایس نیٹ ورک تے سنک کرو۔
class-join-code-qr = شامل ہون دے کوڈ { $code } دا QR کوڈ

## یو ایس بی توں سبق (استاد دا «ایہ لیپ ٹاپ» صفحہ)
laptop-packs-help = وزارتِ تعلیم دا دستخط شدہ سبقاں یا ماڈلاں دا پیک انسٹال کرو۔ کاپی ہوندیاں ایہدی جانچ ہوندی اے؛ بدلیا ہویا، بغیر دستخط یا پرانا پیک نہیں منیا جاندا۔
laptop-diagnostics-save = تشخیصی فائل یو ایس بی تے سانبھو
laptop-diagnostics-saved = { $file } سانبھ لئی گئی۔ ایہدے وچ ناں، پن یا سوال نہیں: ایہنوں اپنے ضلعے دے سپورٹ ڈیسک نوں دیو۔
laptop-pack-install = انسٹال کرو
laptop-pack-checking = سبقاں دی جانچ تے کاپی ہو رہی اے
laptop-pack-installed = سبقاں دا ورژن { $version } انسٹال ہو گیا۔
laptop-models-installed = ماڈل انسٹال تے جانچے گئے: { $models }
laptop-pack-archived = { $count } سبق ایس ورژن وچ نہیں رہے۔ اوہناں نوں سانبھ کے رکھیا گیا اے تاں جو اوہناں اتے بچیاں دا کم تے دتا گیا کم ضائع نہ ہووے۔
