# استاد ايپ جي ونڊو (ui/) جا پيغام. اصلي سنڌي ڳالهائيندڙ کان نظرثاني گهرجي.

## هر هنڌ

app-loading = ٿورو انتظار ڪريو…
app-retry = ٻيهر ڪوشش ڪريو
app-close = بند ڪريو
nav-back = واپس

## پهريون ڀيرو: ٻولي

language-choose = پنهنجي ٻولي چونڊيو

## ڪير پڙهي رهيو آهي؟

who-title = ڪير پڙهي رهيو آهي؟
who-choose = پنهنجي نالي تي دٻايو
who-has-pin = ڳجهو نمبر رکي ٿو
who-new = نوان آهيو؟ پنهنجو نالو شامل ڪريو
who-name = توهان جو نالو
who-picture = هڪ تصوير چونڊيو
who-pin = ڳجهو نمبر (PIN)، جيڪڏهن توهان چاهيو
who-pin-help = 4 کان 8 انگ. جيڪڏهن نه گهرجي ته خالي ڇڏي ڏيو.
who-create = پڙهڻ شروع ڪريو
who-pin-title = السلام عليڪم، { $name }!
who-pin-label = پنهنجو ڳجهو نمبر لکو
who-pin-submit = کوليو
learner-switch = شاگرد بدلايو
avatar-lion = شينهن
avatar-tiger = ٽائيگر
avatar-elephant = هاٿي
avatar-parrot = طوطو
avatar-turtle = ڪَڇُون
avatar-sunflower = سورج مکي
avatar-rocket = راڪيٽ
avatar-football = فٽبال

## مکيه صفحو

home-hello = السلام عليڪم، { $name }! اڄ ڇا سکنداسين؟
home-empty = هن ليپ ٽاپ تي اڃا ڪو به سبق ناهي. پنهنجي استاد کي سبق وجهڻ لاءِ چئو.
home-assigned = توهان جي استاد طرفان
home-archived = پراڻو سبق
lesson-archived = هي سبق هاڻي انسٽال ٿيل سبقن ۾ ناهي. ان کي محفوظ رکيو ويو آهي ته جيئن توهان جو ڪم ضايع نه ٿئي.
lesson-body-in = هن سبق جو متن اڃا { $language } ۾ آهي؛ عنوان، مقصد، اهم لفظ ۽ ڪوئز توهان جي ٻولي ۾ آهن.
subject-assigned = توهان جي استاد طرفان
home-progress = { $total } مان { $read } حصا پڙهيا
home-best = بهترين ڪوئز: { $total } مان { $correct }
home-tutor = ٽيوٽر کان پڇو

## ٽيوٽر ماڊل جي حالت

engine-loading = ٽيوٽر تيار ٿي رهيو آهي…
engine-ready = ٽيوٽر تيار آهي
engine-absent = ٽيوٽر سبقن مان جواب ڏئي ٿو
engine-failed = ٽيوٽر سبقن مان جواب ڏئي ٿو

## سبق

reader-compare = انگريزي سان ڀيٽيو
reader-text-smaller = ننڍا اکر
reader-text-bigger = وڏا اکر
reader-text-size = اکرن جي ماپ: { $percent }%
reader-take-quiz = ڪوئز حل ڪريو
reader-ask-tutor = ٽيوٽر کان پڇو
reader-close-tutor = ٽيوٽر بند ڪريو
reader-example = مثال

## ڪوئز

quiz-hint-button = اشارو
quiz-check = چڪاسيو
quiz-next = ايندڙ سوال
quiz-finish = منهنجو نتيجو ڏيکاريو
quiz-true = صحيح
quiz-false = غلط
quiz-number-label = توهان جو جواب
quiz-saving = توهان جا جواب محفوظ ٿي رهيا آهن…
quiz-back-to-lesson = سبق ڏانهن واپس
quiz-go-home = مکيه صفحو
quiz-review-title = اچو، اهي ٻيهر ڏسون
quiz-review-yours = توهان جو جواب: { $answer }
quiz-review-right = صحيح جواب: { $answer }
quiz-try-again = ڪوئز ٻيهر ڪريو
quiz-all-right = توهان هر سوال صحيح ڪيو!

## ٽيوٽر سان ڳالهه ٻولهه

tutor-title = ٽيوٽر
tutor-empty = پنهنجي سبقن بابت مون کان ڪجهه به پڇو. توهان سوال لکي سگهو ٿا، يا مائڪ دٻائي ڳالهائي سگهو ٿا.
tutor-input-label = توهان جو سوال
tutor-send = موڪليو
tutor-stop = روڪيو
tutor-thinking = سوچي رهيو آهيان…
tutor-stopped = توهان هي جواب روڪي ڇڏيو.
tutor-you = توهان
tutor-ustad = ٽيوٽر
tutor-mark-curriculum = سبق مان
tutor-mark-hint = هڪ اشارو
tutor-mark-blocked = توهان لاءِ هڪ پيغام
tutor-mark-outside = توهان جي سبقن ۾ ناهي
tutor-mark-computed = بلڪل صحيح حساب
tutor-mark-teacher = استاد جو فيصلو
tutor-offline = ٽيوٽر ماڊل هن ليپ ٽاپ تي نه هلي رهيو آهي، پر توهان جي لکيل سوالن جا جواب اڃا به سبقن مان ملندا.
tutor-getting-ready = ٽيوٽر تيار ٿي رهيو آهي. توهان هاڻي ئي پڇي سگهو ٿا: تيار ٿيڻ تائين جواب توهان جي سبقن مان ايندا.

## مائڪروفون

mic-start = پنهنجو سوال ڳالهايو (بٽڻ دٻائي رکو، يا هڪ ڀيرو دٻائي شروع ڪريو ۽ ٻيهر دٻائي روڪيو)
mic-stop = ٻڌڻ بند ڪريو
mic-level = توهان جو آواز ڪيترو اوچو آهي
mic-recording = ٻڌي رهيو آهيان… { $seconds } سيڪنڊ
mic-transcribing = توهان جي ڳالهه لکي رهيو آهيان…
mic-check = ڏسو ته مون صحيح لکيو آهي، پوءِ «موڪليو» دٻايو.
mic-check-in = مون توهان جي ڳالهه { $language } ۾ لکي آهي. ان کي ڏسو، پوءِ موڪليو دٻايو.

## سيٽنگون

settings-title = سيٽنگون
settings-language = ٻولي
settings-text-size = اکرن جي ماپ
settings-text-sample = سبق جا اکر ايترا وڏا نظر ايندا.
settings-threads = ٽيوٽر لاءِ پروسيسر ٿريڊز
settings-threads-help = 1 کان { $max } تائين. وڌيڪ هجن ته جواب جلدي ايندو، پر ليپ ٽاپ وڌيڪ مصروف ٿيندو. بدلائڻ سان ٽيوٽر ٻيهر شروع ٿيندو.
settings-threads-apply = لاڳو ڪريو
settings-saved = محفوظ ٿي ويو
settings-models = ماڊل
settings-no-models = هن ليپ ٽاپ تي ڪو به ماڊل معلوم ناهي.
settings-model-name = نالو
settings-model-role = ڪم
settings-model-size = ماپ
settings-model-license = لائسنس
settings-model-languages = ٻوليون
settings-model-installed = انسٽال ٿيل
settings-role-llm = ٽيوٽر (جواب لکي ٿو)
settings-role-asr = ٻڌڻ (آواز مان لکت)
settings-size-mb = { $mb } MB
settings-yes = ها
settings-no = نه
settings-doctor = جانچ
settings-check-ok = ٺيڪ
settings-check-bad = مسئلو
settings-optional = اختياري
settings-about = هي ليپ ٽاپ
settings-data-dir = ڊيٽا فولڊر
settings-pack = سبقن جو پيڪ

## غلطيون

error-generic = ڪجهه غلط ٿي ويو. ٻيهر ڪوشش ڪريو، يا پنهنجي استاد کان پڇو.
error-pin-wrong = هي ڳجهو نمبر صحيح ناهي. ٻيهر ڪوشش ڪريو.
error-pin-required = مهرباني ڪري پنهنجو ڳجهو نمبر لکو.
error-pin-invalid = ڳجهي نمبر ۾ 4 کان 8 انگ هوندا آهن.
error-pin-locked = گهڻي ڀيرا غلط نمبر لکيو ويو. { $seconds } سيڪنڊ انتظار ڪريو، پوءِ ٻيهر ڪوشش ڪريو.
error-password-invalid = پاسورڊ ۾ 6 کان 64 اکر هوندا آهن.
error-password-wrong = هي پاسورڊ صحيح ناهي.
error-not-authorised = اهو ڪم رڳو هن ڪلاس جو سائن اِن ٿيل استاد ڪري سگهي ٿو.
error-class-not-found = “{ $name }” نالي ڪو ڪلاس ناهي.
error-group-not-found = هن ڪلاس ۾ “{ $name }” نالي ڪو گروپ ناهي.
error-quiz-answered = هن سوال جو جواب اڳ ۾ ئي ڏنو ويو آهي.
error-quiz-unfinished = پهريان هر سوال جو جواب ڏيو: { $total } مان { $answered } جو جواب ڏنو ويو.
error-quiz-not-started = مهرباني ڪري ڪوئز ٻيهر کوليو.
error-question-not-found = هن ڪوئز ۾ سوال { $id } ناهي.
error-name-required = مهرباني ڪري پنهنجو نالو لکو.
error-not-recording = مائڪروفون نه ٻڌي رهيو هو. مائڪ دٻايو ۽ ڳالهايو.
error-no-microphone = ڪو به مائڪروفون نه مليو. توهان پنهنجو سوال لکي به سگهو ٿا.
error-microphone-failed = مائڪروفون هن وقت ڪم نه ڪري رهيو آهي. ٻيهر ڪوشش ڪريو، يا پنهنجو سوال لکو.
error-recording-empty = مون کي ڪجهه به ٻڌڻ ۾ نه آيو. ڳالهائڻ وقت بٽڻ دٻائي رکو، يا هڪ ڀيرو دٻائي ڳالهايو ۽ پوءِ ٻيهر دٻايو.
error-recording-not-saved = توهان جي رڪارڊنگ محفوظ نه ٿي سگهي. شايد ڊسڪ ڀريل آهي.
error-response-not-understood = هي جواب سمجهه ۾ نه آيو. ٻيهر چونڊيو يا لکو.
error-audio-unreadable = رڪارڊنگ سمجهه ۾ نه آئي. ٻيهر ڪوشش ڪريو.
error-audio-empty = مون کي ڪجهه به ٻڌڻ ۾ نه آيو. ٿورو اوچي آواز ۾ ڳالهائي ٻيهر ڪوشش ڪريو.
error-audio-damaged = رڪارڊنگ خراب ٿي وئي. ٻيهر ڪوشش ڪريو.
error-tutor-failed = ٽيوٽر هن وقت جواب نه ڏئي سگهيو. ٻيهر ڪوشش ڪريو.
error-model-not-found = هن ليپ ٽاپ تي هڪ ماڊل موجود ناهي. پنهنجي استاد کان پڇو.
error-not-loaded = هي اڃا تيار ٿي رهيو آهي. ٿورو انتظار ڪري ٻيهر ڪوشش ڪريو.
error-worker-crashed = هي اوچتو بند ٿي ويو. ٻيهر ڪوشش ڪريو.
error-timeout = ان ۾ گهڻي دير لڳي، تنهن ڪري روڪيو ويو. ٻيهر ڪوشش ڪريو.
app-error-lesson-not-found = هي سبق هن ليپ ٽاپ تي ناهي.
app-error-no-learner = پهريان چونڊيو ته ڪير پڙهي رهيو آهي.
app-error-internal = ايپ ۾ ڪجهه گڙٻڙ ٿي وئي. ٻيهر ڪوشش ڪريو.
app-error-profile-exists = هن نالي سان ڪو اڳ ۾ ئي هي ليپ ٽاپ استعمال ڪري ٿو. لسٽ مان پنهنجو نالو چونڊيو، يا پنهنجي نالي سان ڪجهه ٻيو ملايو.
app-error-pack-not-found = سبق اڃا هن ليپ ٽاپ تي ناهن. پنهنجي استاد کي انسٽال ڪرڻ لاءِ چئو.
app-error-model-invalid = هن ليپ ٽاپ جو هڪ ماڊل استعمال نٿو ٿي سگهي. پنهنجي استاد کان پڇو.

# Errors every part of Ustad can meet (one message per stable error code; see crates/error-codes).
error-pack-unsigned = { $path } دستخط ٿيل مواد پيڪ ناهي، يا اڌورو آهي. ان کي تعليم واري وزارت جي يو ايس بي مان ٻيهر ڪاپي ڪريو.
error-pack-signature-invalid = { $path } ۾ ڊجيٽل دستخط کان پوءِ تبديلي ڪئي وئي آهي. اهو انسٽال نه ڪيو ويو. ان کي تعليم واري وزارت جي يو ايس بي مان ٻيهر ڪاپي ڪريو.
error-pack-key-untrusted = { $path } تي تعليم واري وزارت جا دستخط ناهن (يا اهڙي ڪنجيءَ جا دستخط آهن جيڪا وزارت واپس وٺي چڪي آهي). اهو انسٽال نه ڪيو ويو.
error-pack-rollback = هي پيڪ هن ليپ ٽاپ تي موجود پيڪ کان پراڻو آهي. اهو انسٽال نه ڪيو ويو.
error-pack-rollback-version = هي پيڪ ورزن { $found } آهي، جيڪو انسٽال ٿيل ورزن { $installed } کان پراڻو آهي. اهو انسٽال نه ڪيو ويو.
error-pack-read-failed = هن ليپ ٽاپ تي سبق پڙهي نه سگهجن. مواد پيڪ يو ايس بي مان ٻيهر ڪاپي ڪريو.
error-search-failed = سبقن ۾ ڳولا نه ٿي سگهي. مواد پيڪ يو ايس بي مان ٻيهر ڪاپي ڪريو.
error-db-error = توهان جي ترقي هن وقت پڙهي يا محفوظ ڪري نه سگهجي. ٻيهر ڪوشش ڪريو، يا پنهنجي استاد کان پڇو.
error-model-unsupported = ايپ هن قسم جو ماڊل هلائي نٿي سگهي. پنهنجي استاد کان پڇو.
error-model-convert-failed = ماڊل هن ليپ ٽاپ لاءِ تيار نه ٿي سگهيو. ان کي ٻيهر حاصل ڪريو يا امپورٽ ڪريو.
error-catalog-invalid = هن ليپ ٽاپ تي ماڊلن جي لسٽ خراب ٿي وئي آهي. ايپ ٻيهر انسٽال ڪريو، يا پنهنجي استاد کان پڇو.
error-model-too-large = هن ماڊل کي هن ليپ ٽاپ کان وڌيڪ ميموري گهرجي. پنهنجي استاد کان ڪو ننڍو ماڊل گهرو.
error-cpu-unsupported = هن ليپ ٽاپ جو پروسيسر ٽيوٽر جو ماڊل هلائي نٿو سگهي. توهان جي سوالن جا جواب توهان جي سبقن مان ملندا.
error-context-overflow = هيءَ ڳالهه ٻولهه ٽيوٽر لاءِ تمام ڊگهي ٿي وئي آهي. مهرباني ڪري نئين ڳالهه ٻولهه شروع ڪريو.
error-bad-request = ايپ جو هڪ حصو هڪ درخواست سمجهي نه سگهيو. ٻيهر ڪوشش ڪريو، يا پنهنجي استاد کان پڇو.
error-asr-failed = ٻڌڻ هن وقت ڪم نه ڪيو. ٻيهر ڪوشش ڪريو، يا پنهنجو سوال لکو.
error-worker-missing = هن ليپ ٽاپ تي ايپ جو هڪ حصو موجود ناهي، تنهن ڪري ٽيوٽر ۽ ٻڌڻ شروع نٿا ٿي سگهن. پنهنجي استاد کي ايپ ٻيهر انسٽال ڪرڻ لاءِ چئو.
error-safety-list-unknown-section = حفاظتي لفظن جي هڪ لسٽ ۾ اهڙو حصو آهي جنهن کي ايپ نٿي سڃاڻي. مهرباني ڪري ايپ ٻيهر انسٽال ڪريو.
error-safety-list-invalid-line = حفاظتي لفظن جي هڪ لسٽ ۾ اهڙي سٽ آهي جيڪا ايپ پڙهي نٿي سگهي. مهرباني ڪري ايپ ٻيهر انسٽال ڪريو.

## ليپ ٽاپن جي وچ ۾ سنڪ (استاد جي سنڪ اسڪرين، شاگرد جي ليپ ٽاپ جي سنڪ اسڪرين، ڪلاس جو شامل ٿيڻ جو ڪوڊ)
sync-title = ليپ ٽاپ سنڪ ڪريو
sync-learner-button = هي ليپ ٽاپ سنڪ ڪريو
sync-learner-title = هن ليپ ٽاپ کي استاد جي ليپ ٽاپ سان سنڪ ڪريو
sync-usb-heading = يو ايس بي
sync-usb-none = يو ايس بي لڳايو.
sync-usb-look-again = ٻيهر ڏسو
sync-usb-which = يو ايس بي:
sync-usb-no-files = يو ايس بي تي ڪا به سنڪ فائل نه هئي.
sync-usb-teacher-help = شاگردن جو ڪم ان يو ايس بي مان گڏ ڪريو جنهن تي سندن ليپ ٽاپن سنڪ فائلون لکيون آهن، يا پنهنجن ڪلاسن جا ڏنل ڪم ۽ تبديليون يو ايس بي تي موڪليو.
sync-collect = يو ايس بي مان گڏ ڪريو
sync-send = يو ايس بي تي موڪليو
sync-working = سنڪ ٿي رهيو آهي…
sync-lan-heading = هي نيٽ ورڪ
sync-lan-start = هن نيٽ ورڪ تي سنڪ ڪريو
sync-lan-stop = هن نيٽ ورڪ تي سنڪ بند ڪريو
sync-lan-on = هن نيٽ ورڪ تي شاگردن جا ليپ ٽاپ هن ليپ ٽاپ کي پاڻهي ڳولي وٺندا آهن. جيڪڏهن ڪو ليپ ٽاپ نه ڳولي سگهي، ته ان تي هي پتو لکو:
sync-lan-waiting = شاگردن جي ليپ ٽاپن جو انتظار آهي
sync-devices = ڪلاس جا ليپ ٽاپ
sync-no-devices = اڃا ڪنهن به ليپ ٽاپ هن ليپ ٽاپ سان سنڪ نه ڪيو آهي. ڪلاس جو شامل ٿيڻ جو ڪوڊ ڏيکاريو (ڪلاس جي سيٽنگن ۾) ۽ ان ليپ ٽاپ جي پهرين سنڪ فائل گڏ ڪريو.
sync-device = ليپ ٽاپ
sync-device-class = ڪلاس
sync-last = آخري سنڪ
sync-new-for-it = ان لاءِ نئون
sync-never = ڪڏهن به نه
sync-remove = هٽايو
sync-removed = هٽايل
sync-role-teacher = استاد جو ليپ ٽاپ
sync-remove-confirm = ليپ ٽاپ { $label } هٽايو؟ هاڻي کان ان جون سنڪ فائلون قبول نه ڪيون وينديون. ائين تڏهن ڪريو جڏهن ڪو ليپ ٽاپ گم ٿي وڃي يا چوري ٿي وڃي.
sync-conflicts = ٻن ليپ ٽاپن تي بدلايل
sync-conflicts-help = اهي شيون سنڪ ٿيڻ کان اڳ ٻن ليپ ٽاپن تي بدلايون ويون. نئين تبديلي استعمال ٿئي ٿي؛ ٻي رڪارڊ ۾ محفوظ رهي ٿي.
sync-conflict = { $subject }: { $field } “{ $kept }” آهي (ان کي “{ $other }” به ڪيو ويو هو)
sync-join-heading = پنهنجي ڪلاس ۾ شامل ٿيو
sync-join-code = ڪلاس جو ڪوڊ:
sync-join = شامل ٿيو
sync-join-pending = هي ليپ ٽاپ ايندڙ سنڪ تي ڪوڊ { $code } واري ڪلاس ۾ شامل ٿيندو.
sync-joined-class = هي ليپ ٽاپ استاد جي ڪلاس ۾ آهي.
sync-with-usb = يو ايس بي سان سنڪ ڪريو
sync-on-network = هن نيٽ ورڪ تي سنڪ ڪريو
sync-address = يا استاد جو پتو لکو:
sync-sent = موڪليل: { $summary }.
sync-received = مليل: { $summary }.
class-join-code-heading = شاگردن جي ليپ ٽاپن لاءِ شامل ٿيڻ جو ڪوڊ
class-join-code-help = هي ڪوڊ شاگرد جي ليپ ٽاپ تي «هي ليپ ٽاپ سنڪ ڪريو» ۾ لکو، پوءِ يو ايس بي سان يا هن نيٽ ورڪ تي سنڪ ڪريو.
class-join-code-qr = شامل ٿيڻ جي ڪوڊ { $code } جو QR ڪوڊ

## يو ايس بي مان سبق (استاد جو «هي ليپ ٽاپ» صفحو)
laptop-packs-help = تعليم واري وزارت جو دستخط ٿيل سبقن يا ماڊلن جو پيڪ انسٽال ڪريو. ڪاپي ٿيڻ دوران ان جي جانچ ٿئي ٿي؛ تبديل ٿيل، بنا دستخط يا پراڻو پيڪ قبول نه ڪيو ويندو.
laptop-diagnostics-save = تشخيصي فائل يو ايس بي تي محفوظ ڪريو
laptop-diagnostics-saved = { $file } محفوظ ٿي وئي. ان ۾ نالا، پن يا سوال ناهن: اها پنهنجي ضلعي جي سپورٽ ڊيسڪ کي ڏيو.
laptop-pack-install = انسٽال ڪريو
laptop-pack-checking = سبقن جي جانچ ۽ ڪاپي ٿي رهي آهي
laptop-pack-installed = سبقن جو ورزن { $version } انسٽال ٿي ويو.
laptop-models-installed = ماڊل انسٽال ۽ جانچيا ويا: { $models }
laptop-pack-archived = { $count } سبق هن ورزن ۾ ناهن. انهن کي محفوظ رکيو ويو آهي ته جيئن انهن تي ٻارن جو ڪم ۽ ڏنل ڪم ضايع نه ٿئي.
