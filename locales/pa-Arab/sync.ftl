## Sync between laptops (ustad sync, the sync screens)

error-sync-not-a-bundle = { $path } استاد دی سنک فائل نہیں اے۔
error-sync-bundle-damaged = سنک فائل خراب یا ادھوری اے۔ کجھ وی امپورٹ نہیں ہویا۔ اینوں دوجے لیپ ٹاپ توں دوبارہ کاپی کرو۔
error-sync-bundle-tampered = سنک فائل بنن توں بعد بدلی گئی اے۔ کجھ وی امپورٹ نہیں ہویا۔ دوجے لیپ ٹاپ تے نویں سنک فائل بناؤ۔
error-sync-schema-newer = ایہ سنک فائل استاد دے نویں ورژن توں آئی اے۔ کجھ وی امپورٹ نہیں ہویا۔ پہلاں ایس لیپ ٹاپ تے استاد نوں اپ ڈیٹ کرو۔
error-sync-schema-older = ایہ سنک فائل استاد دے پرانے ورژن توں آئی اے۔ کجھ وی امپورٹ نہیں ہویا۔ پہلاں دوجے لیپ ٹاپ تے استاد نوں اپ ڈیٹ کرو۔
error-sync-foreign-school = ایہ سنک فائل کسے ہور سکول دی اے۔ کجھ وی امپورٹ نہیں ہویا۔
error-sync-not-paired = ایہ سنک فائل ایہو جیہے لیپ ٹاپ توں آئی اے جیہڑا حالے ایتھے کسے جماعت وچ شامل نہیں ہویا۔ پہلاں اوس لیپ ٹاپ تے جماعت دے کوڈ نال شامل ہو جاؤ۔
error-sync-device-removed = استاد نے اوس لیپ ٹاپ نوں جماعت وچوں ہٹا دتا اے۔ کجھ وی امپورٹ نہیں ہویا۔
error-sync-code-invalid = شامل ہون دے کوڈ وچ 10 حرف تے ہندسے ہوندے نیں، جیویں ABCDE-12345۔
error-sync-no-school = ایہ لیپ ٹاپ حالے کسے جماعت وچ شامل نہیں ہویا۔ اپنے استاد توں جماعت دا کوڈ منگو۔
error-lan-unreachable = استاد دا لیپ ٹاپ ایس نیٹ ورک تے نہیں لبھیا ({ $address })۔ استاد نوں آکھو کہ اپنے لیپ ٹاپ تے سنک کھولے، یا استاد دے لیپ ٹاپ تے دِسدا پتہ ایتھے لکھو۔
error-lan-interrupted = سنک وچکار ای رک گیا۔ فیر سنک کرو: ایہ اوتھوں ای اگے چلے گا جتھے رکیا سی۔
error-lan-server-failed = ایس نیٹ ورک تے سنک شروع نہیں ہو سکیا۔ ایہدی تھاں یو ایس بی ورتو۔

class-join-code = شامل ہون دا کوڈ: { $code }
sync-joined = ایہ لیپ ٹاپ استاد دے لیپ ٹاپ نال اگلی وار سنک ہون تے کوڈ { $code } والی جماعت وچ شامل ہو جاوے گا۔
sync-joined-school = ایہ لیپ ٹاپ { $sender } دی جماعت وچ شامل ہو گیا اے۔
sync-paired = { $label } جماعت وچ شامل ہو گیا اے۔
sync-imported = { $sender } ولوں: { $summary }۔
sync-exported = { $file } ({ $size }) محفوظ ہو گئی: { $summary }۔
sync-nothing-new = کجھ وی نواں نہیں
sync-list-separator = {"، "}
sync-serving = سنک { $address } تے چل رہیا اے۔ پڑھن والیاں دے لیپ ٹاپ اینوں آپے لبھ لیندے نیں، یا اوہناں تے ایہ پتہ لکھو۔ روکن لئی Enter دباؤ۔
sync-lan-done = { $server } نال سنک ہو گیا۔ گھلیا: { $sent }۔ ملیا: { $received }۔
sync-conflicts-found = { $count ->
    [1] اک اندراج دو لیپ ٹاپاں تے بدلیا گیا؛ دونویں تبدیلیاں محفوظ نیں۔ ویکھو: ustad sync conflicts
   *[other] { $count } اندراج دو لیپ ٹاپاں تے بدلے گئے؛ ہر اک دیاں دونویں تبدیلیاں محفوظ نیں۔ ویکھو: ustad sync conflicts
}
sync-device-removed = لیپ ٹاپ { $device } ہٹا دتا گیا؛ ہُن توں ایہدیاں سنک فائلاں قبول نہیں کیتیاں جان گیاں۔
sync-device-removed-state = ہٹایا گیا
sync-count-attempts = { $count ->
    [1] کوئز دی اک کوشش
   *[other] کوئز دیاں { $count } کوششاں
}
sync-count-assignments = { $count ->
    [1] اک سبق دتا گیا
   *[other] { $count } سبق دتے گئے
}
sync-count-progress = { $count ->
    [1] سبق دا اک حصہ پڑھیا گیا
   *[other] سبقاں دے { $count } حصے پڑھے گئے
}
sync-count-exchanges = { $count ->
    [1] ٹیوٹر توں پچھیا گیا اک سوال
   *[other] ٹیوٹر توں پچھے گئے { $count } سوال
}
sync-count-profiles = { $count ->
    [1] اک نواں پڑھن والا
   *[other] { $count } نویں پڑھن والے
}
sync-count-classes = { $count ->
    [1] اک جماعت
   *[other] { $count } جماعتاں
}
sync-count-changes = { $count ->
    [1] ناواں، خفیہ نمبراں یا جماعتاں وچ اک تبدیلی
   *[other] ناواں، خفیہ نمبراں یا جماعتاں وچ { $count } تبدیلیاں
}
sync-count-erasures = { $count ->
    [1] اک پڑھن والے دا ڈیٹا مٹایا گیا
   *[other] { $count } پڑھن والیاں دا ڈیٹا مٹایا گیا
}
