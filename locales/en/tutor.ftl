# The tutor's own words around what it quotes from lessons.

# Variables: $lesson (String) - lesson title, $section (String) - section heading
tutor-quoting = From your lesson “{ $lesson }”, part “{ $section }”:
tutor-words-to-know = Words to know:
# Variables: $question (String) - a quiz question of the lesson
tutor-check-yourself = Check yourself: { $question }
tutor-think = What do you think? Try to explain it in your own words, or find an example around you.
tutor-hint-intro = This looks like a question from your quiz, so here is a hint instead of the answer:
tutor-hint-think = Think it through, then try the quiz again. You can do it!
tutor-not-found = I could not find this in your lessons. Try asking with other words, or ask your teacher.
# Variables: $language (String)
tutor-note-language = The tutor model cannot write { $language } well, so this answer quotes your lesson.
tutor-note-no-model = No tutor model is installed, so this answer quotes your lesson.
tutor-quoted-in = (Your lesson has this part in { $language }.)
tutor-note-no-engine = The tutor model is not running on this laptop yet, so this answer quotes your lesson.
tutor-note-teacher = Your teacher has asked the tutor to quote your lessons, so this answer quotes your lesson.
tutor-closed-off = Your teacher has turned the tutor off for now. You can still read your lessons and take the quizzes.
tutor-closed-limit = You have asked { $limit } questions today, and that is all for today: your teacher decides how many. Read your lessons, try the quizzes, and ask again tomorrow.
tutor-blocked-self-harm = It sounds like you may be having a hard time. Please talk to your teacher, a parent or another adult you trust today. You matter, and help is there for you.
tutor-blocked-unkind = Let's keep our questions kind and about our lessons. What would you like to learn today?
tutor-blocked-personal = Please do not share personal things like phone numbers, addresses or pictures here. Let's talk about your lesson!
tutor-blocked-danger = That could hurt someone, so I can't help with it. If you feel angry or worried, please talk to your teacher, a parent or another adult you trust. Let's get back to your lesson!
tutor-blocked-running-away = It sounds like something is really bothering you. You are not alone. Please talk to your teacher, a parent or another adult you trust today. They want to help you and keep you safe.
tutor-blocked-grooming = Thank you for telling me. You have done nothing wrong. Never share your address or photos with people online, and never go to meet them alone. Please tell a parent, your teacher or another adult you trust right away, even if someone asked you to keep it a secret.
language-en = English
language-ur = Urdu
language-ps = Pashto
language-sd = Sindhi
language-pa-Arab = Punjabi
tutor-true-or-false = (True or false?)
