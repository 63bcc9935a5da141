# The tutor's replies for each route of a question: out of scope, arithmetic, quiz-answer
# requests, unclear messages, and the note on a checked answer.

tutor-out-of-scope = That isn't in your lessons yet, so I don't want to guess. Ask your teacher, or look at a lesson.
tutor-out-of-scope-look-at = Lessons that may help:
tutor-empty-question = Please type your question in words, and I will look for it in your lessons.
tutor-too-long = Your question is very long. Please ask one short question at a time.
tutor-hint-which = I can't tell you quiz answers, but I can give you a hint. Which question are you working on? Ask me about it.
tutor-hint-open-lesson = I can't tell you quiz answers, but open the lesson and ask me about a question, and I will give you a hint.
tutor-math-intro = Let's work it out step by step:
# Variables:
#   $answer (String) - the exact result, such as 7/8
tutor-math-answer = Answer: { $answer }
tutor-math-first-step = Start like this:
tutor-note-checked-fallback = The tutor's own words could not all be checked against your lesson, so this answer quotes the lesson.
