# Messages of the `ustad` command-line program.

## Errors. Each is shown with its stable code, e.g. "error [PACK_NOT_FOUND]: ...".

# Variables: $path (String) - where the pack was looked for
error-pack-not-found = No content pack found at { $path }. Build one with “ustad pack build curriculum -o FILE” and install it with “ustad pack install FILE”, or pass --pack FILE.
# Variables: $path (String)
error-pack-invalid = { $path } is not an Ustad content pack.
# Variables: $path (String), $found (Number), $supported (Number)
error-pack-version = { $path } uses pack format { $found }, but this Ustad reads format { $supported }. Update Ustad or get a newer pack.
# Variables: $detail (String)
error-pack-corrupt = The content pack is damaged ({ $detail }). Copy it again from the USB stick.
# Variables: $id (String)
error-lesson-not-found = There is no lesson “{ $id }” in this pack.
# Variables: $path (String), $detail (String)
error-db-corrupt = The learner database { $path } is damaged ({ $detail }). It was not changed; ask your teacher to restore a backup.
# Variables: $path (String)
error-db-too-new = The learner database { $path } was made by a newer Ustad. Update Ustad to open it.
error-disk-full = The disk is full, so nothing was saved. Free some space and try again.
# Variables: $name (String)
error-profile-exists = There is already someone called “{ $name }”.
# Variables: $name (String)
error-profile-not-found = Nobody called “{ $name }” uses this laptop. Add them with “ustad learner add { $name }”.
error-no-learner = Who is learning? Add a learner with “ustad learner add NAME”, or pass --learner NAME.
# Variables: $count (Number) - learners on this laptop
error-which-learner = { $count } learners use this laptop; say who with --learner NAME.
error-same-name = { $count } learners are called “{ $name }”; say which with --learner and the id that “ustad learner list” shows.
# Variables: $count (Number)
error-curriculum-invalid = The curriculum has { $count ->
    [one] one error
   *[other] { $count } errors
}; nothing was written.
error-quiz-abandoned = The quiz was not finished, so it was not saved.
# Variables: $detail (String)
error-invalid-input = { $detail }
# Variables: $detail (String)
error-io = A file could not be read or written: { $detail }
# Variables: $detail (String)
error-internal = Something went wrong: { $detail }

## Lessons

lessons-empty = No lessons match.
subject-science = Science
subject-mathematics = Mathematics
# Variables: $grade (Number)
lesson-grade = Grade { $grade }
lesson-objectives = In this lesson you will learn to:
lesson-glossary = Words to know
# Variables: $count (Number)
lesson-quiz-count = Quiz: { $count } questions. Take it with “ustad quiz take”.
lesson-read-next = Press Enter for the next part, or q and Enter to stop.
# Variables: $minutes (Number)
lesson-read-saved = Your reading was saved ({ $minutes } min).

## Search

search-no-results = Nothing found. Try other words, or ask your teacher.

## Quiz

# Variables: $title (String)
quiz-title = Quiz: { $title }
# Variables: $number (Number), $total (Number)
quiz-question-number = Question { $number } of { $total }
quiz-prompt-choice = Your answer (letter), ? for a hint, q to stop:
quiz-prompt-true-false = True or false? (t/f), ? for a hint, q to stop:
quiz-prompt-number = Your answer (a number), ? for a hint, q to stop:
# Variables: $hint (String)
quiz-hint = Hint: { $hint }
quiz-correct = Correct! Well done.
# Variables: $answer (String)
quiz-wrong = Not quite. The answer is { $answer }.
quiz-statement-true = Not quite. This statement is true.
quiz-statement-false = Not quite. This statement is false.
# Variables: $text (String)
quiz-explanation = Why: { $text }
quiz-not-understood = I did not understand that answer. Try again.
# Variables: $correct (Number), $total (Number)
quiz-score = You got { $correct } out of { $total } right.
quiz-saved = Your answers are saved.
quiz-no-questions = This lesson has no quiz.

## Learners and progress

# Variables: $name (String)
learner-added = Welcome, { $name }!
learner-none = Nobody uses this laptop yet.
progress-empty = No progress yet. Read a lesson or take a quiz.
# Variables: $sections (Number), $minutes (Number), $attempts (Number)
progress-line = { $sections } sections read, { $minutes } min, { $attempts ->
    [one] one quiz
   *[other] { $attempts } quizzes
}
# Variables: $correct (Number), $total (Number)
progress-best = best { $correct }/{ $total }

## Packs

# Variables: $path (String), $lessons (Number), $hash (String)
pack-built = Built { $path }: { $lessons } lessons, content hash { $hash }.
# Variables: $count (Number)
pack-warnings = { $count ->
    [one] one warning
   *[other] { $count } warnings
}
# Variables: $path (String)
pack-installed = Installed as the default pack: { $path }
provision-already = This laptop was already set up from “{ $id }”; nothing was changed.
provision-applied = This laptop is set up for { $school }. Teachers added: { $teachers }. Classes added: { $classes }. Lessons: { $packs }. Models: { $models }.
doctor-bundle-written = Diagnostics written to { $file } (no names, PINs or questions in it). Give it to your district's support desk.
pack-archived = No longer in this pack, kept from the older one so that progress and assignments keep them: { $lessons }
pack-ok = The pack is complete and undamaged.

## Interactive session

shell-welcome = Ustad: your lessons, quizzes and search, on this laptop.
shell-choose-language = Choose a language: 1 English, 2 اردو
shell-who = Who is learning? Type your name:
shell-which = Which one? Type the number:
# Variables: $name (String)
shell-hello = Hello, { $name }!
shell-help = Commands: lessons · read ID · quiz ID · search WORDS · ask QUESTION · progress · language · help · quit
shell-prompt = ustad>
shell-unknown = I do not know that command. Type help.
shell-bye = Goodbye! Keep learning.

## Models

# Variables: $id (String)
error-model-unknown = There is no model “{ $id }” in the catalogue. See “ustad models list”.
# Variables: $detail (String)
error-model-download = The model could not be downloaded ({ $detail }). Without internet, copy the model from a USB stick and use “ustad models import FILE”.
# Variables: $file (String)
error-model-checksum = { $file } is not the file the catalogue names (its SHA-256 differs), so it was not installed.
error-provision-invalid = The provisioning file { $file } cannot be used: line { $line }: { $detail }
# Variables: $path (String)
error-model-invalid = { $path } is not a model Ustad can use.
# Variables: $path (String)
error-model-not-chat = { $path } is not a chat model, so it cannot tutor. Use an instruct (chat) model.
# Variables: $detail (String)
error-model-detail = ({ $detail })
# Variables: $id (String) - the model's catalogue id, $file (String) - its file name
error-model-no-source = The model “{ $id }” cannot be downloaded here. Copy the file { $file } onto this laptop (for example from a USB stick) and run “ustad models import FILE”.
# Variables: $path (String)
models-installed = Installed: { $path }
models-pack-installed = Models installed from the pack (version { $version }), each checked: { $models }
models-verify-ok = matches the catalogue
models-verify-bad = DAMAGED: does not match the catalogue
models-missing = not installed

## Doctor: the tutor model for this laptop's memory

# Variables: $memory (Number) - MB of memory in the laptop, $name (String) - the model's name, $id (String) - its catalogue id, $ram (Number) - MB the model needs
doctor-recommended = With { $memory } MB of memory, this laptop can run { $name } (“{ $id }”) as the tutor; it needs about { $ram } MB.
doctor-recommended-installed = It is installed.
# Variables: $id (String) - the model's catalogue id
doctor-recommended-fetch = Install it with “ustad models fetch { $id }”.
# Variables: $file (String) - the model's file name
doctor-recommended-import = It cannot be downloaded here: copy { $file } onto this laptop (for example from a USB stick) and run “ustad models import FILE”.
# Variables: $memory (Number) - MB of memory in the laptop
doctor-recommended-none = With { $memory } MB of memory, no tutor model in the catalogue fits; the tutor will answer by quoting the lessons.

## Speech

# Variables: $detail (String)
error-asr-audio-unreadable = This file is not a recording Ustad can read (WAV, MP3, OGG, Opus or FLAC). ({ $detail })
# Variables: $detail (String)
error-asr-audio-empty = This recording holds no sound. ({ $detail })
# Variables: $detail (String)
error-asr-audio-damaged = This recording is damaged. ({ $detail })
# Variables: $detail (String)
error-asr-audio-not-found = The recording could not be found. ({ $detail })
# Variables: $detail (String)
error-asr-model-not-found = No speech model is installed. Fetch it with “ustad models fetch whisper-base”. ({ $detail })
# Variables: $detail (String)
error-asr-model-invalid = The speech model file is not usable; fetch it again. ({ $detail })
# Variables: $detail (String)
error-asr-worker-crashed = Listening stopped unexpectedly. Please try again. ({ $detail })
# Variables: $detail (String)
error-asr-timeout = Listening took too long and was stopped. Please try again. ({ $detail })

## Listening from the microphone

# Variables: $seconds (Number)
listen-recording = Listening… speak now, and press Enter when you have finished (at most { $seconds } seconds).
# Variables: $seconds (Number)
listen-capped = That is { $seconds } seconds, the longest a question can be; stopping here.
# Variables: $detail (String)
error-mic-no-microphone = No microphone was found. Plug one in, or type your question instead. ({ $detail })
# Variables: $detail (String)
error-mic-microphone-failed = The microphone could not be used. Try again, or type your question. ({ $detail })
# Variables: $detail (String)
error-mic-recording-empty = Nothing was heard. Hold the button while you speak. ({ $detail })
# Variables: $detail (String)
error-mic-recording-not-saved = The recording could not be saved; the disk may be full. ({ $detail })

error-checks-failed = { $count ->
    [one] One check of this laptop found a problem (see above). Fix it, then run “ustad doctor” again.
   *[other] { $count } checks of this laptop found a problem (see above). Fix them, then run “ustad doctor” again.
}

# The classroom (teacher commands)
error-which-teacher = { $count } teachers use this laptop; say who you are with --teacher NAME.
error-confirm-needed = This cannot be undone. To go ahead, add --yes.
teacher-password-prompt = Teacher's password:
teacher-new-password-prompt = New teacher's password (6 to 64 characters):
teacher-added = Teacher { $name } added.
class-created = Class { $name } created.
class-tutor = Tutor: { $mode }; questions per day: { $limit }
class-group-added = Group { $name } added.
class-enrolled = { $count } learners are now in { $class }.
assign-done = { $lesson } assigned to { $class }.
learner-new-pin-prompt = New PIN (4 to 8 digits; empty: no PIN):
learner-pin-reset = { $name }'s PIN has been changed.
learner-erased = Everything stored about { $name } has been erased.

## Keys and signed packs
keys-generated = Wrote the secret key to { $secret } (keep it off school laptops) and the public key to { $public }:
keys-root-written = Wrote the root of trust document { $file } (version { $version }).
pack-signed = Signed { $path }.
doctor-root-development = Packs must be signed by the development key ({ $keys }): this build is not for schools.
doctor-speech-accurate = { $name } ({ $id }), the most accurate installed; this laptop's CPU and memory ({ $memory } MB) run it well.
doctor-speech-light-cpu = { $name } ({ $id }), the lightest installed, because this CPU lacks AVX2, F16C or FMA.
doctor-speech-light-memory = { $name } ({ $id }), the lightest installed, because this laptop has less than 4 GB of memory ({ $memory } MB).
doctor-speech-only = { $name } ({ $id }), the only speech model installed.
doctor-speech-none = No speech model is installed: ustad models fetch { $id }.
doctor-root-ministry = Packs must be signed by the ministry ({ $keys }).
