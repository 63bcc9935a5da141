## Sync between laptops (ustad sync, the sync screens)

error-sync-not-a-bundle = { $path } is not an Ustad sync file.
error-sync-bundle-damaged = The sync file is damaged or incomplete. Nothing was imported. Copy it again from the other laptop.
error-sync-bundle-tampered = The sync file was changed after it was made. Nothing was imported. Make a new one on the other laptop.
error-sync-schema-newer = The sync file comes from a newer Ustad. Nothing was imported. Update Ustad on this laptop first.
error-sync-schema-older = The sync file comes from an older Ustad. Nothing was imported. Update Ustad on the other laptop first.
error-sync-foreign-school = The sync file belongs to another school. Nothing was imported.
error-sync-not-paired = The sync file comes from a laptop that has not joined a class here. Join with the class's code on that laptop first.
error-sync-device-removed = The teacher removed that laptop from the class. Nothing was imported.
error-sync-code-invalid = A join code has 10 letters and digits, like ABCDE-12345.
error-sync-no-school = This laptop has not joined a class yet. Ask your teacher for the class's code.
error-lan-unreachable = The teacher's laptop was not found on this network ({ $address }). Ask the teacher to open sync on their laptop, or type the address it shows.
error-lan-interrupted = The sync was cut off. Sync again: it continues where it stopped.
error-lan-server-failed = Sync on this network could not start. Use a USB stick instead.

class-join-code = Join code: { $code }
sync-joined = This laptop joins the class with code { $code } at its next sync with the teacher's laptop.
sync-joined-school = This laptop has joined the class of { $sender }.
sync-paired = { $label } has joined the class.
sync-imported = From { $sender }: { $summary }.
sync-exported = Wrote { $file } ({ $size }): { $summary }.
sync-nothing-new = nothing new
sync-list-separator = {", "}
sync-serving = Sync is on at { $address }. Learners' laptops find it by themselves, or type this address. Press Enter to stop.
sync-lan-done = Synced with { $server }. Sent: { $sent }. Received: { $received }.
sync-conflicts-found = { $count ->
    [one] One value was changed on two laptops; both are kept. See: ustad sync conflicts
   *[other] { $count } values were changed on two laptops; both are kept. See: ustad sync conflicts
}
sync-device-removed = The laptop { $device } was removed; its sync files are refused from now on.
sync-device-removed-state = removed
sync-count-attempts = { $count ->
    [one] one quiz attempt
   *[other] { $count } quiz attempts
}
sync-count-assignments = { $count ->
    [one] one lesson assigned
   *[other] { $count } lessons assigned
}
sync-count-progress = { $count ->
    [one] one lesson section read
   *[other] { $count } lesson sections read
}
sync-count-exchanges = { $count ->
    [one] one question to the tutor
   *[other] { $count } questions to the tutor
}
sync-count-profiles = { $count ->
    [one] one new learner
   *[other] { $count } new learners
}
sync-count-classes = { $count ->
    [one] one class
   *[other] { $count } classes
}
sync-count-changes = { $count ->
    [one] one change to names, PINs or classes
   *[other] { $count } changes to names, PINs or classes
}
sync-count-erasures = { $count ->
    [one] one learner's data erased
   *[other] { $count } learners' data erased
}
