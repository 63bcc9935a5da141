## Sync between laptops (ustad sync, the sync screens)

error-sync-not-a-bundle = { $path } استاد جي سنڪ فائل ناهي.
error-sync-bundle-damaged = سنڪ فائل خراب يا اڌوري آهي. ڪجهه به امپورٽ نه ٿيو. ان کي ٻئي ليپ ٽاپ مان ٻيهر ڪاپي ڪريو.
error-sync-bundle-tampered = سنڪ فائل ٺهڻ کان پوءِ بدلائي وئي آهي. ڪجهه به امپورٽ نه ٿيو. ٻئي ليپ ٽاپ تي نئين سنڪ فائل ٺاهيو.
error-sync-schema-newer = هيءَ سنڪ فائل استاد جي نئين ورزن مان آئي آهي. ڪجهه به امپورٽ نه ٿيو. پهريان هن ليپ ٽاپ تي استاد کي اپڊيٽ ڪريو.
error-sync-schema-older = هيءَ سنڪ فائل استاد جي پراڻي ورزن مان آئي آهي. ڪجهه به امپورٽ نه ٿيو. پهريان ٻئي ليپ ٽاپ تي استاد کي اپڊيٽ ڪريو.
error-sync-foreign-school = هيءَ سنڪ فائل ڪنهن ٻئي اسڪول جي آهي. ڪجهه به امپورٽ نه ٿيو.
error-sync-not-paired = هيءَ سنڪ فائل اهڙي ليپ ٽاپ مان آئي آهي جيڪو اڃا هتي ڪنهن به ڪلاس ۾ شامل نه ٿيو آهي. پهريان ان ليپ ٽاپ تي ڪلاس جي ڪوڊ سان شامل ٿيو.
error-sync-device-removed = استاد ان ليپ ٽاپ کي ڪلاس مان هٽائي ڇڏيو آهي. ڪجهه به امپورٽ نه ٿيو.
error-sync-code-invalid = شامل ٿيڻ جي ڪوڊ ۾ 10 اکر ۽ انگ هوندا آهن، جهڙوڪ ABCDE-12345.
error-sync-no-school = هي ليپ ٽاپ اڃا ڪنهن به ڪلاس ۾ شامل نه ٿيو آهي. پنهنجي استاد کان ڪلاس جو ڪوڊ گهرو.
error-lan-unreachable = استاد جو ليپ ٽاپ هن نيٽ ورڪ تي نه مليو ({ $address }). استاد کي چئو ته پنهنجي ليپ ٽاپ تي سنڪ کولي، يا استاد جي ليپ ٽاپ تي ڏيکاريل پتو هتي لکو.
error-lan-interrupted = سنڪ وچ ۾ ٽٽي ويو. ٻيهر سنڪ ڪريو: اهو اتان ئي اڳتي هلندو جتان رڪيو هو.
error-lan-server-failed = هن نيٽ ورڪ تي سنڪ شروع نه ٿي سگهيو. ان جي بدران يو ايس بي استعمال ڪريو.

class-join-code = شامل ٿيڻ جو ڪوڊ: { $code }
sync-joined = هي ليپ ٽاپ استاد جي ليپ ٽاپ سان ايندڙ سنڪ تي ڪوڊ { $code } واري ڪلاس ۾ شامل ٿيندو.
sync-joined-school = هي ليپ ٽاپ { $sender } جي ڪلاس ۾ شامل ٿي ويو آهي.
sync-paired = { $label } ڪلاس ۾ شامل ٿي ويو آهي.
sync-imported = { $sender } کان: { $summary }.
sync-exported = { $file } ({ $size }) محفوظ ٿي وئي: { $summary }.
sync-nothing-new = ڪجهه به نئون ناهي
sync-list-separator = {"، "}
sync-serving = سنڪ { $address } تي هلي رهيو آهي. شاگردن جا ليپ ٽاپ ان کي پاڻهي ڳولي وٺندا آهن، يا انهن تي هي پتو لکو. روڪڻ لاءِ Enter دٻايو.
sync-lan-done = { $server } سان سنڪ ٿي ويو. موڪليل: { $sent }. مليل: { $received }.
sync-conflicts-found = { $count ->
    [one] هڪ اندراج ٻن ليپ ٽاپن تي بدلايو ويو؛ ٻئي تبديليون محفوظ آهن. ڏسو: ustad sync conflicts
   *[other] { $count } اندراج ٻن ليپ ٽاپن تي بدلايا ويا؛ هر هڪ جون ٻئي تبديليون محفوظ آهن. ڏسو: ustad sync conflicts
}
sync-device-removed = ليپ ٽاپ { $device } هٽايو ويو؛ هاڻي کان ان جون سنڪ فائلون قبول نه ڪيون وينديون.
sync-device-removed-state = هٽايل
sync-count-attempts = { $count ->
    [one] ڪوئز جي هڪ ڪوشش
   *[other] ڪوئز جون { $count } ڪوششون
}
sync-count-assignments = { $count ->
    [one] هڪ سبق ڏنو ويو
   *[other] { $count } سبق ڏنا ويا
}
sync-count-progress = { $count ->
    [one] سبق جو هڪ حصو پڙهيو ويو
   *[other] سبقن جا { $count } حصا پڙهيا ويا
}
sync-count-exchanges = { $count ->
    [one] ٽيوٽر کان پڇيل هڪ سوال
   *[other] ٽيوٽر کان پڇيل { $count } سوال
}
sync-count-profiles = { $count ->
    [one] هڪ نئون شاگرد
   *[other] { $count } نوان شاگرد
}
sync-count-classes = { $count ->
    [one] هڪ ڪلاس
   *[other] { $count } ڪلاس
}
sync-count-changes = { $count ->
    [one] نالن، ڳجهن نمبرن يا ڪلاسن ۾ هڪ تبديلي
   *[other] نالن، ڳجهن نمبرن يا ڪلاسن ۾ { $count } تبديليون
}
sync-count-erasures = { $count ->
    [one] هڪ شاگرد جو ڊيٽا ميٽيو ويو
   *[other] { $count } شاگردن جو ڊيٽا ميٽيو ويو
}
