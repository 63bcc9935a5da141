# The tutor's replies for each route of a question: out of scope, arithmetic, quiz-answer
# requests, unclear messages, and the note on a checked answer.

tutor-out-of-scope = یہ بات ابھی آپ کے اسباق میں نہیں ہے، اس لیے میں اندازہ نہیں لگانا چاہتا۔ اپنے استاد سے پوچھیں، یا کوئی سبق دیکھیں۔
tutor-out-of-scope-look-at = یہ اسباق مدد کر سکتے ہیں:
tutor-empty-question = براہِ کرم اپنا سوال لفظوں میں لکھیں، میں اسے آپ کے اسباق میں تلاش کروں گا۔
tutor-too-long = آپ کا سوال بہت لمبا ہے۔ براہِ کرم ایک وقت میں ایک چھوٹا سوال پوچھیں۔
tutor-hint-which = میں کوئز کے جواب نہیں بتا سکتا، لیکن اشارہ دے سکتا ہوں۔ آپ کون سا سوال حل کر رہے ہیں؟ مجھ سے اس کے بارے میں پوچھیں۔
tutor-hint-open-lesson = میں کوئز کے جواب نہیں بتا سکتا۔ سبق کھولیں اور کسی سوال کے بارے میں پوچھیں، میں آپ کو اشارہ دوں گا۔
tutor-math-intro = آئیے قدم بہ قدم حل کرتے ہیں:
# Variables:
#   $answer (String) - the exact result, such as 7/8
tutor-math-answer = جواب: { $answer }
tutor-math-first-step = اس طرح شروع کریں:
tutor-note-checked-fallback = ٹیوٹر کی اپنی ہر بات سبق سے جانچی نہ جا سکی، اس لیے یہ جواب سبق سے لیا گیا ہے۔
