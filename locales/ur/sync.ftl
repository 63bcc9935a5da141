## Sync between laptops (ustad sync, the sync screens)

error-sync-not-a-bundle = { $path } استاد کی سنک فائل نہیں ہے۔
error-sync-bundle-damaged = سنک فائل خراب یا ادھوری ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ اسے دوسرے لیپ ٹاپ سے دوبارہ کاپی کریں۔
error-sync-bundle-tampered = سنک فائل بننے کے بعد بدل دی گئی ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ دوسرے لیپ ٹاپ پر نئی سنک فائل بنائیں۔
error-sync-schema-newer = یہ سنک فائل استاد کے نئے ورژن سے آئی ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ پہلے اس لیپ ٹاپ پر استاد کو اپ ڈیٹ کریں۔
error-sync-schema-older = یہ سنک فائل استاد کے پرانے ورژن سے آئی ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ پہلے دوسرے لیپ ٹاپ پر استاد کو اپ ڈیٹ کریں۔
error-sync-foreign-school = یہ سنک فائل کسی دوسرے سکول کی ہے۔ کچھ بھی امپورٹ نہیں ہوا۔
error-sync-not-paired = یہ سنک فائل ایسے لیپ ٹاپ سے آئی ہے جو ابھی یہاں کسی جماعت میں شامل نہیں ہوا۔ پہلے اُس لیپ ٹاپ پر جماعت کے کوڈ سے شامل ہوں۔
error-sync-device-removed = استاد نے اُس لیپ ٹاپ کو جماعت سے ہٹا دیا ہے۔ کچھ بھی امپورٹ نہیں ہوا۔
error-sync-code-invalid = شامل ہونے کے کوڈ میں 10 حروف اور ہندسے ہوتے ہیں، جیسے ABCDE-12345۔
error-sync-no-school = یہ لیپ ٹاپ ابھی کسی جماعت میں شامل نہیں ہوا۔ اپنے استاد سے جماعت کا کوڈ مانگیں۔
error-lan-unreachable = اس نیٹ ورک پر استاد کا لیپ ٹاپ نہیں ملا ({ $address })۔ استاد سے کہیں کہ اپنے لیپ ٹاپ پر سنک کھولیں، یا استاد کے لیپ ٹاپ پر نظر آنے والا پتہ یہاں لکھیں۔
error-lan-interrupted = سنک بیچ میں رک گیا۔ دوبارہ سنک کریں: یہ وہیں سے آگے چلے گا جہاں رکا تھا۔
error-lan-server-failed = اس نیٹ ورک پر سنک شروع نہیں ہو سکا۔ اس کی جگہ یو ایس بی استعمال کریں۔

class-join-code = شامل ہونے کا کوڈ: { $code }
sync-joined = یہ لیپ ٹاپ استاد کے لیپ ٹاپ سے اگلی بار سنک ہونے پر کوڈ { $code } والی جماعت میں شامل ہو جائے گا۔
sync-joined-school = یہ لیپ ٹاپ { $sender } کی جماعت میں شامل ہو گیا ہے۔
sync-paired = { $label } جماعت میں شامل ہو گیا ہے۔
sync-imported = { $sender } سے: { $summary }۔
sync-exported = { $file } ({ $size }) محفوظ ہو گئی: { $summary }۔
sync-nothing-new = کچھ نیا نہیں
sync-list-separator = {"، "}
sync-serving = سنک { $address } پر چل رہا ہے۔ طلبہ کے لیپ ٹاپ اسے خود ڈھونڈ لیتے ہیں، یا ان پر یہ پتہ لکھیں۔ روکنے کے لیے Enter دبائیں۔
sync-lan-done = { $server } سے سنک ہو گیا۔ بھیجا: { $sent }۔ ملا: { $received }۔
sync-conflicts-found = { $count ->
    [one] ایک اندراج دو لیپ ٹاپ پر بدلا گیا؛ دونوں تبدیلیاں محفوظ ہیں۔ دیکھیں: ustad sync conflicts
   *[other] { $count } اندراج دو لیپ ٹاپ پر بدلے گئے؛ ہر ایک کی دونوں تبدیلیاں محفوظ ہیں۔ دیکھیں: ustad sync conflicts
}
sync-device-removed = لیپ ٹاپ { $device } ہٹا دیا گیا؛ اب سے اس کی سنک فائلیں قبول نہیں کی جائیں گی۔
sync-device-removed-state = ہٹایا گیا
sync-count-attempts = { $count ->
    [one] کوئز کی ایک کوشش
   *[other] کوئز کی { $count } کوششیں
}
sync-count-assignments = { $count ->
    [one] ایک سبق دیا گیا
   *[other] { $count } سبق دیے گئے
}
sync-count-progress = { $count ->
    [one] سبق کا ایک حصہ پڑھا گیا
   *[other] اسباق کے { $count } حصے پڑھے گئے
}
sync-count-exchanges = { $count ->
    [one] ٹیوٹر سے پوچھا گیا ایک سوال
   *[other] ٹیوٹر سے پوچھے گئے { $count } سوال
}
sync-count-profiles = { $count ->
    [one] ایک نیا طالب علم
   *[other] { $count } نئے طالب علم
}
sync-count-classes = { $count ->
    [one] ایک جماعت
   *[other] { $count } جماعتیں
}
sync-count-changes = { $count ->
    [one] ناموں، خفیہ نمبروں یا جماعتوں میں ایک تبدیلی
   *[other] ناموں، خفیہ نمبروں یا جماعتوں میں { $count } تبدیلیاں
}
sync-count-erasures = { $count ->
    [one] ایک طالب علم کا ڈیٹا مٹایا گیا
   *[other] { $count } طلبہ کا ڈیٹا مٹایا گیا
}
