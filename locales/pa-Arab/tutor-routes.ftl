# The tutor's replies for each route of a question: out of scope, arithmetic, quiz-answer
# requests, unclear messages, and the note on a checked answer.

tutor-out-of-scope = ایہہ گل حالے تہاڈے سبقاں وچ نہیں، ایس لئی میں اندازہ نہیں لانا چاہندا۔ اپنے استاد توں پچھو، یا کوئی سبق ویکھو۔
tutor-out-of-scope-look-at = ایہہ سبق مدد کر سکدے نیں:
tutor-empty-question = مہربانی کر کے اپنا سوال لفظاں وچ لکھو، میں اونہوں تہاڈے سبقاں وچ لبھاں گا۔
tutor-too-long = تہاڈا سوال بہت لمبا اے۔ مہربانی کر کے اک ویلے اک نکا سوال پچھو۔
tutor-hint-which = میں کوئز دے جواب نہیں دس سکدا، پر اشارہ دے سکدا آں۔ تسیں کیہڑا سوال حل کر رہے او؟ میرے کولوں اوہدے بارے پچھو۔
tutor-hint-open-lesson = میں کوئز دے جواب نہیں دس سکدا۔ سبق کھولو تے کسے سوال بارے پچھو، میں تہانوں اشارہ دیاں گا۔
tutor-math-intro = آؤ قدم قدم حل کریئے:
# Variables:
#   $answer (String) - the exact result, such as 7/8
tutor-math-answer = جواب: { $answer }
tutor-math-first-step = انج شروع کرو:
tutor-note-checked-fallback = ٹیوٹر دی اپنی ہر گل سبق نال جانچی نہیں جا سکی، ایس لئی ایہہ جواب سبق وچوں لیا گیا اے۔
