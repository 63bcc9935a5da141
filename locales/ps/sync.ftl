## Sync between laptops (ustad sync, the sync screens)

error-sync-not-a-bundle = { $path } د استاد د همغږۍ فایل نه دی.
error-sync-bundle-damaged = د همغږۍ فایل خراب یا نیمګړی دی. هیڅ شی وارد نه شو. له بل لپ ټاپ څخه یې بیا کاپي کړئ.
error-sync-bundle-tampered = د همغږۍ فایل له جوړېدو وروسته بدل شوی دی. هیڅ شی وارد نه شو. په بل لپ ټاپ کې نوی فایل جوړ کړئ.
error-sync-schema-newer = دا د همغږۍ فایل د استاد له یوې نوې نسخې راغلی دی. هیڅ شی وارد نه شو. لومړی په دې لپ ټاپ کې استاد تازه کړئ.
error-sync-schema-older = دا د همغږۍ فایل د استاد له یوې زړې نسخې راغلی دی. هیڅ شی وارد نه شو. لومړی په بل لپ ټاپ کې استاد تازه کړئ.
error-sync-foreign-school = دا د همغږۍ فایل د بل ښوونځي دی. هیڅ شی وارد نه شو.
error-sync-not-paired = دا د همغږۍ فایل له داسې لپ ټاپ څخه راغلی چې لا دلته په هیڅ ټولګي کې نه دی شامل شوی. لومړی هغه لپ ټاپ د ټولګي په کوډ شامل کړئ.
error-sync-device-removed = ښوونکي هغه لپ ټاپ له ټولګي څخه لرې کړی دی. هیڅ شی وارد نه شو.
error-sync-code-invalid = د ګډون کوډ 10 توري او عددونه لري، لکه ABCDE-12345.
error-sync-no-school = دا لپ ټاپ لا په هیڅ ټولګي کې نه دی شامل شوی. له خپل ښوونکي د ټولګي کوډ وغواړئ.
error-lan-unreachable = د ښوونکي لپ ټاپ په دې شبکه کې ونه موندل شو ({ $address }). له ښوونکي وغواړئ چې په خپل لپ ټاپ کې همغږي پرانیزي، یا هغه پته دلته ولیکئ چې د ښوونکي پر لپ ټاپ ښکاري.
error-lan-interrupted = همغږي په منځ کې پرې شوه. بیا همغږي وکړئ: له هماغه ځایه به مخکې ځي چې ودرېده.
error-lan-server-failed = په دې شبکه کې همغږي پیل نه شوه. پر ځای یې یو اېس بي وکاروئ.

class-join-code = د ګډون کوډ: { $code }
sync-joined = دا لپ ټاپ به د ښوونکي له لپ ټاپ سره په راتلونکې همغږۍ کې په هغه ټولګي کې شامل شي چې کوډ یې { $code } دی.
sync-joined-school = دا لپ ټاپ د { $sender } په ټولګي کې شامل شو.
sync-paired = { $label } په ټولګي کې شامل شو.
sync-imported = له { $sender } څخه: { $summary }.
sync-exported = { $file } ({ $size }) خوندي شو: { $summary }.
sync-nothing-new = هیڅ نوی شی نشته
sync-list-separator = {"، "}
sync-serving = همغږي پر { $address } روانه ده. د زده کوونکو لپ ټاپونه یې پخپله پیدا کوي، یا دا پته پرې ولیکئ. د درولو لپاره Enter کېکاږئ.
sync-lan-done = له { $server } سره همغږي وشوه. لېږل شوي: { $sent }. ترلاسه شوي: { $received }.
sync-conflicts-found = { $count ->
    [one] یو توکی په دوو لپ ټاپونو کې بدل شوی دی؛ دواړه بدلونونه ساتل شوي دي. وګورئ: ustad sync conflicts
   *[other] { $count } توکي په دوو لپ ټاپونو کې بدل شوي دي؛ د هر یوه دواړه بدلونونه ساتل شوي دي. وګورئ: ustad sync conflicts
}
sync-device-removed = لپ ټاپ { $device } لرې شو؛ له اوس وروسته به یې د همغږۍ فایلونه نه منل کېږي.
sync-device-removed-state = لرې شوی
sync-count-attempts = { $count ->
    [one] د ازموینې یوه هڅه
   *[other] د ازموینې { $count } هڅې
}
sync-count-assignments = { $count ->
    [one] یو سپارل شوی لوست
   *[other] { $count } سپارل شوي لوستونه
}
sync-count-progress = { $count ->
    [one] د لوست یوه لوستل شوې برخه
   *[other] د لوستونو { $count } لوستل شوې برخې
}
sync-count-exchanges = { $count ->
    [one] ټیوټر ته یوه پوښتنه
   *[other] ټیوټر ته { $count } پوښتنې
}
sync-count-profiles = { $count ->
    [one] یو نوی زده کوونکی
   *[other] { $count } نوي زده کوونکي
}
sync-count-classes = { $count ->
    [one] یو ټولګی
   *[other] { $count } ټولګي
}
sync-count-changes = { $count ->
    [one] په نومونو، پټو نمبرونو یا ټولګیو کې یو بدلون
   *[other] په نومونو، پټو نمبرونو یا ټولګیو کې { $count } بدلونونه
}
sync-count-erasures = { $count ->
    [one] د یوه زده کوونکي معلومات پاک شول
   *[other] د { $count } زده کوونکو معلومات پاک شول
}
