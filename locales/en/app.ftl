# Messages of the Ustad app's window (the web UI in ui/). The app also uses some messages of
# cli.ftl (subject names, lesson-grade, quiz-correct, quiz-score …).

## Everywhere

app-loading = Loading…
app-retry = Try again
app-close = Close
nav-back = Back

## First run: the language

language-choose = Choose your language

## Who is learning?

who-title = Who is learning?
who-choose = Tap your name
who-has-pin = has a secret number
who-new = New here? Add your name
who-name = Your name
who-picture = Choose a picture
who-pin = Secret number (PIN), if you want one
who-pin-help = 4 to 8 digits. Leave it empty if you do not want one.
who-create = Start learning
# Variables: $name (String) - the learner's name
who-pin-title = Hello, { $name }!
who-pin-label = Type your secret number
who-pin-submit = Open
learner-switch = Switch learner
avatar-lion = Lion
avatar-tiger = Tiger
avatar-elephant = Elephant
avatar-parrot = Parrot
avatar-turtle = Turtle
avatar-sunflower = Sunflower
avatar-rocket = Rocket
avatar-football = Football

## Home

# Variables: $name (String) - the learner's name
home-hello = Hello, { $name }! What shall we learn today?
home-empty = There are no lessons on this laptop yet. Ask your teacher to add them.
home-assigned = From your teacher
home-archived = Older lesson
lesson-archived = This lesson is no longer in the installed lessons. It is kept so that your work is not lost.
lesson-body-in = The lesson text is in { $language } for now; the title, objectives, words to know and quiz are in your language.
subject-assigned = From your teacher
# Variables: $read (Number) - parts read, $total (Number) - parts in the lesson
home-progress = { $read } of { $total } parts read
# Variables: $correct (Number), $total (Number) - best quiz score
home-best = Best quiz: { $correct } out of { $total }
home-tutor = Ask the tutor

## The tutor model's state (a small label at the top)

engine-loading = The tutor is getting ready…
engine-ready = The tutor is ready
engine-absent = The tutor answers from the lessons
engine-failed = The tutor answers from the lessons

## Lesson reader

reader-compare = Compare with English
reader-text-smaller = Smaller text
reader-text-bigger = Bigger text
# Variables: $percent (Number) - the text size
reader-text-size = Text size: { $percent }%
reader-take-quiz = Take the quiz
reader-ask-tutor = Ask the tutor
reader-close-tutor = Close the tutor
reader-example = Example

## Quiz

quiz-hint-button = Hint
quiz-check = Check
quiz-next = Next question
quiz-finish = See my score
quiz-true = True
quiz-false = False
quiz-number-label = Your answer
quiz-saving = Saving your answers…
quiz-back-to-lesson = Back to the lesson
quiz-go-home = Home
quiz-review-title = Let's look again at these
quiz-review-yours = Your answer: { $answer }
quiz-review-right = The answer: { $answer }
quiz-try-again = Try the quiz again
quiz-all-right = You got every question right!

## Tutor chat

tutor-title = Tutor
tutor-empty = Ask me anything about your lessons. You can type your question, or press the microphone and speak.
tutor-input-label = Your question
tutor-send = Send
tutor-stop = Stop
tutor-thinking = Thinking…
tutor-stopped = You stopped this answer.
tutor-you = You
tutor-ustad = Ustad
tutor-mark-curriculum = From the lesson
tutor-mark-hint = A hint
tutor-mark-blocked = A message for you
tutor-mark-outside = Not in your lessons
tutor-mark-computed = Worked out exactly
tutor-mark-teacher = Your teacher's choice
tutor-offline = The tutor model is not running on this laptop, but your typed questions are still answered from your lessons.
tutor-getting-ready = The tutor is getting ready. You can ask already: until it is ready, answers come from your lessons.

## Microphone

mic-start = Speak your question (hold the button, or tap to start and tap again to stop)
mic-stop = Stop listening
mic-level = How loud you are
# Variables: $seconds (Number) - how long the recording is so far
mic-recording = Listening… { $seconds } s
mic-transcribing = Writing down what you said…
mic-check = Check what I wrote, then press Send.
mic-check-in = I wrote what you said in { $language }. Check it, then press Send.

## Settings

settings-title = Settings
settings-language = Language
settings-text-size = Text size
settings-text-sample = This is how big the lesson text will be.
settings-threads = Processor threads for the tutor
# Variables: $max (Number) - the most this laptop has
settings-threads-help = From 1 to { $max }. More is faster, but the laptop gets busier. Changing it restarts the tutor.
settings-threads-apply = Apply
settings-saved = Saved
settings-models = Models
settings-no-models = No models are known on this laptop.
settings-model-name = Name
settings-model-role = Used for
settings-model-size = Size
settings-model-license = Licence
settings-model-languages = Languages
settings-model-installed = Installed
settings-role-llm = Tutor (writes answers)
settings-role-asr = Listening (speech to text)
# Variables: $mb (Number) - size in megabytes
settings-size-mb = { $mb } MB
settings-yes = Yes
settings-no = No
settings-doctor = Checks
settings-check-ok = OK
settings-check-bad = Problem
settings-optional = optional
settings-about = This laptop
settings-data-dir = Data folder
settings-pack = Lesson pack

## Errors in the app. The app shows app-error-CODE, else error-CODE (when it needs no
## variables), else error-generic; Rust's session::describe uses the error-* ones too.

error-generic = Something went wrong. Please try again, or ask your teacher.
error-pin-wrong = That secret number is not right. Please try again.
error-pin-required = Please type your secret number.
error-pin-invalid = A secret number has 4 to 8 digits.
error-pin-locked = Too many wrong tries. Please wait { $seconds } seconds and try again.
error-password-invalid = A password has 6 to 64 characters.
error-password-wrong = That password is not right.
error-not-authorised = Only a signed-in teacher of this class can do that.
error-class-not-found = There is no class “{ $name }”.
error-group-not-found = This class has no group “{ $name }”.
error-quiz-answered = This question is already answered.
error-quiz-unfinished = Please answer every question first: { $answered } of { $total } answered.
error-quiz-not-started = Please open the quiz again.
error-question-not-found = This quiz has no question { $id }.
error-name-required = Please write your name.
error-not-recording = The microphone was not listening. Press the microphone and speak.
error-no-microphone = No microphone was found. You can type your question instead.
error-microphone-failed = The microphone is not working right now. Try again, or type your question.
error-recording-empty = I did not hear anything. Hold the button while you speak, or tap it, speak, and tap it again.
error-recording-not-saved = Your recording could not be saved. The disk may be full.
error-response-not-understood = I did not understand that answer. Please choose or type it again.
error-audio-unreadable = I could not understand the recording. Please try again.
error-audio-empty = I did not hear anything. Please speak a little louder and try again.
error-audio-damaged = The recording was damaged. Please try again.
error-tutor-failed = The tutor could not answer just now. Please try again.
error-model-not-found = A model is missing on this laptop. Please ask your teacher.
error-not-loaded = This is still getting ready. Please wait a moment and try again.
error-worker-crashed = That stopped unexpectedly. Please try again.
error-timeout = That took too long and was stopped. Please try again.
app-error-lesson-not-found = This lesson is not on this laptop.
app-error-no-learner = Please choose who is learning first.
app-error-internal = Something went wrong inside Ustad. Please try again.
app-error-profile-exists = Someone with this name already uses this laptop. Choose your name from the list, or add something to your name.
app-error-pack-not-found = The lessons are not on this laptop yet. Please ask your teacher to install them.
app-error-model-invalid = A model on this laptop cannot be used. Please ask your teacher.

# Errors every part of Ustad can meet (one message per stable error code; see crates/error-codes).
error-pack-unsigned = { $path } is not a signed pack, or it was cut short. Copy it again from the ministry's USB stick.
error-pack-signature-invalid = { $path } was changed after it was signed. It was not installed. Copy it again from the ministry's USB stick.
error-pack-key-untrusted = { $path } is not signed by the ministry (or by a key it has withdrawn). It was not installed.
error-pack-rollback = This pack is older than the one on this laptop. It was not installed.
error-pack-rollback-version = This pack is version { $found }, older than the installed { $installed }. It was not installed.
error-pack-read-failed = The lessons on this laptop could not be read. Copy the content pack again from the USB stick.
error-search-failed = Searching the lessons did not work. Copy the content pack again from the USB stick.
error-db-error = Your progress could not be read or saved just now. Please try again, or ask your teacher.
error-model-unsupported = This model is of a kind Ustad cannot run. Please ask your teacher.
error-model-convert-failed = The model could not be prepared for this laptop. Fetch or import it again.
error-catalog-invalid = The list of models on this laptop is damaged. Install Ustad again, or ask your teacher.
error-model-too-large = This model needs more memory than this laptop has. Please ask your teacher for a smaller one.
error-cpu-unsupported = This laptop's processor cannot run the tutor's model. Your questions are answered from your lessons.
error-context-overflow = This conversation has grown too long for the tutor. Please start a new one.
error-bad-request = A part of Ustad did not understand a request. Please try again, or ask your teacher.
error-asr-failed = Listening did not work just now. Please try again, or type your question.
error-worker-missing = A part of Ustad is missing on this laptop, so the tutor and listening cannot start. Please ask your teacher to install Ustad again.
error-safety-list-unknown-section = A safety word list has a section Ustad does not know. Please install Ustad again.
error-safety-list-invalid-line = A safety word list has a line Ustad cannot read. Please install Ustad again.

## Sync between laptops (the teacher's sync screen, a learner laptop's sync screen, a class's join code)
sync-title = Sync laptops
sync-learner-button = Sync this laptop
sync-learner-title = Sync this laptop with the teacher's
sync-usb-heading = USB stick
sync-usb-none = Put in a USB stick.
sync-usb-look-again = Look again
sync-usb-which = USB stick:
sync-usb-no-files = There were no sync files on the USB stick.
sync-usb-teacher-help = Collect the learners' work from a USB stick their laptops wrote to, or send your classes' assignments and changes to it.
sync-collect = Collect from USB
sync-send = Send to USB
sync-working = Syncing…
sync-lan-heading = This network
sync-lan-start = Sync on this network
sync-lan-stop = Stop syncing on this network
sync-lan-on = Learners' laptops on this network find this laptop by themselves. If one does not, type this address on it:
sync-lan-waiting = Waiting for learners' laptops
sync-devices = The class's laptops
sync-no-devices = No laptop has synced with this one yet. Show a class's join code (in its settings) and collect the laptop's first sync file.
sync-device = Laptop
sync-device-class = Class
sync-last = Last sync
sync-new-for-it = New for it
sync-never = never
sync-remove = Remove
sync-removed = removed
sync-role-teacher = teacher's laptop
sync-remove-confirm = Remove the laptop { $label }? Its sync files will be refused from now on. Do this when a laptop is lost or stolen.
sync-conflicts = Changed on two laptops
sync-conflicts-help = These were changed on two laptops before they synced. The newer change is used; the other is kept in the history.
sync-conflict = { $subject }: { $field } is “{ $kept }” (also changed to “{ $other }”)
sync-join-heading = Join your class
sync-join-code = Class code:
sync-join = Join
sync-join-pending = This laptop joins the class with code { $code } at its next sync.
sync-joined-class = This laptop is in the teacher's class.
sync-with-usb = Sync with USB
sync-on-network = Sync on this network
sync-address = or type the teacher's address:
sync-sent = Sent: { $summary }.
sync-received = Received: { $summary }.
class-join-code-heading = Join code for learners' laptops
class-join-code-help = Type this code on a learner's laptop (Sync this laptop), then sync by USB stick or on this network.
class-join-code-qr = QR code of the join code { $code }

## Lessons from a USB stick (the teacher's "this laptop" page)
laptop-packs-help = Install a lesson pack or a model pack the ministry signed. It is checked while it is copied; a changed, unsigned or older pack is refused.
laptop-diagnostics-save = Save diagnostics to the USB stick
laptop-diagnostics-saved = Saved { $file }. It holds no names, PINs or questions: give it to your district's support desk.
laptop-pack-install = Install
laptop-pack-checking = Checking and copying the lessons
laptop-pack-installed = Lessons version { $version } installed.
laptop-models-installed = Models installed and checked: { $models }
laptop-pack-archived = { $count } lessons are no longer in this version. They are kept, so children's work and assignments on them are not lost.
