# ریاضی کے سوالوں کے حل کے مراحل (crates/math)۔ اعداد پہلے سے لکھے ہوئے آتے ہیں ("7/8"، "1 3/8")۔

## جواب

math-answer = جواب: { $value }
math-answer-with-unit = جواب: { $unit ->
        [rupees] { $value } روپے
        [km] { $value } کلومیٹر
        [m] { $value } میٹر
        [cm] { $value } سینٹی میٹر
        [mm] { $value } ملی میٹر
        [hours] { $value } گھنٹے
        [minutes] { $value } منٹ
        [seconds] { $value } سیکنڈ
        [km-per-hour] { $value } کلومیٹر فی گھنٹہ
        [m-per-second] { $value } میٹر فی سیکنڈ
        [m-per-minute] { $value } میٹر فی منٹ
        [sq-km] { $value } مربع کلومیٹر
        [sq-m] { $value } مربع میٹر
        [sq-cm] { $value } مربع سینٹی میٹر
        [kg] { $value } کلوگرام
        [g] { $value } گرام
        [litres] { $value } لیٹر
        [degrees] { $value }°
       *[other] { $value }
    }

## جو سوال ایسے حل نہیں ہو سکتے

math-error-zero-denominator = کسر کا نسب نما 0 نہیں ہو سکتا: کسی چیز کے 0 برابر حصے نہیں کیے جا سکتے۔ براہِ کرم نسب نما دیکھ لیں۔
math-error-division-by-zero = ہم 0 سے تقسیم نہیں کر سکتے: چیزوں کو 0 گروہوں میں نہیں بانٹا جا سکتا۔ براہِ کرم اعداد دیکھ لیں۔
math-error-too-large = یہ اعداد میرے لیے بہت بڑے ہیں۔ چھوٹے اعداد کے ساتھ کوشش کریں۔
math-error-not-whole-numbers = عاد اعظم اور ذو اضعاف اقل کے لیے 0 سے بڑے مکمل اعداد لکھیں، جیسے 12 اور 18۔
math-error-units-mismatch = اکائیاں آپس میں نہیں ملتیں۔ اعداد ایک جیسی اکائیوں میں لکھیں، جیسے کلومیٹر کے ساتھ کلومیٹر فی گھنٹہ، یا میٹر کے ساتھ میٹر۔
math-error-digit-not-in-number = یہ ہندسہ اس عدد میں نہیں ہے۔ براہِ کرم ہندسہ اور عدد دوبارہ دیکھ لیں۔

## عام حساب

math-step-operation = { $a } { $op } { $b } = { $result }
math-step-write-as-fraction = { $number } کو کسر کی شکل میں لکھیں: { $number } = { $fraction }
math-step-mixed-to-improper = مخلوط کسر کو غیر واجب کسر میں بدلیں: { $mixed } = ({ $whole } × { $denominator } + { $numerator })/{ $denominator } = { $improper }
math-step-like-fractions = نسب نما ایک جیسے ہیں ({ $denominator })، اس لیے صرف شمار کنندہ جمع یا تفریق کریں۔
math-step-lcm-of-denominators = نسب نما { $a } اور { $b } ہیں۔ ان کا ذو اضعاف اقل { $lcm } ہے، اس لیے دونوں کسور کا نسب نما { $lcm } بنائیں۔
math-step-equivalent-fraction = { $fraction } = { $equivalent } (شمار کنندہ اور نسب نما دونوں کو { $factor } سے ضرب دیں)
math-step-simplify = مختصر ترین شکل میں لکھیں: شمار کنندہ اور نسب نما کو ان کے عاد اعظم { $hcf } سے تقسیم کریں۔ { $fraction } = { $simplest }
math-step-to-mixed = { $improper } ایک سے زیادہ ہے: { $numerator } ÷ { $denominator } = { $whole } اور باقی { $remainder }، اس لیے { $improper } = { $mixed }
math-step-fraction-multiply = شمار کنندوں کو ضرب دیں ({ $numerators }) اور نسب نماؤں کو ضرب دیں ({ $denominators }): { $a } × { $b } = { $result }
math-step-fraction-divide = { $divisor } سے تقسیم کرنے کے لیے اسے الٹا کر کے ضرب دیں: { $a } ÷ { $divisor } = { $a } × { $reciprocal }
math-step-decimal-line-up = اعشاری نقطے ایک سیدھ میں رکھیں اور دونوں اعداد میں نقطے کے بعد { $places } ہندسے کر لیں: { $a } اور { $b }
math-step-decimal-multiply = نقطے کے بغیر ضرب دیں: { $whole-a } × { $whole-b } = { $product }۔ دونوں اعداد میں نقطے کے بعد کل { $places } ہندسے ہیں، اس لیے { $a } × { $b } = { $result }
math-step-decimal-divide-shift = دونوں اعداد کو { $factor } سے ضرب دیں تاکہ ہم مکمل عدد سے تقسیم کریں: { $a } ÷ { $b } = { $dividend } ÷ { $divisor }
math-step-division-remainder = { $a } ÷ { $b } = { $quotient } اور باقی { $remainder }، اس لیے { $a } ÷ { $b } = { $mixed }
math-step-as-decimal = اعشاریہ میں { $number } = { $decimal }

## عاد اعظم اور ذو اضعاف اقل

math-step-prime-factors = { $number } کی تجزی کریں: { $number } = { $factors }
math-step-hcf-common = جو مفرد اجزائے ضربی سب اعداد میں مشترک ہیں انھیں ضرب دیں: عاد اعظم = { $factors } = { $result }
math-step-hcf-none = کوئی مفرد جزو ضربی سب اعداد میں مشترک نہیں، اس لیے عاد اعظم { $result } ہے۔
math-step-lcm-most = ہر مفرد جزو ضربی کو اتنی بار لیں جتنی بار وہ کسی ایک عدد میں سب سے زیادہ آیا ہو: ذو اضعاف اقل = { $factors } = { $result }

## کسر، اعشاریہ اور فیصد

math-step-fraction-as-decimal = اعشاریہ میں لکھیں: { $fraction } = { $decimal }
math-step-repeating-decimal = شمار کنندہ کو نسب نما سے تقسیم کریں: { $numerator } ÷ { $denominator } = { $decimal } ہندسے کبھی ختم نہیں ہوتے، اس لیے ہم شروع کے چند ہندسے لکھتے ہیں۔
math-step-decimal-as-fraction = { $decimal } میں نقطے کے بعد { $places } ہندسے ہیں، اس لیے اسے { $power } پر لکھیں: { $decimal } = { $fraction }
math-step-percent-as-fraction = فیصد کا مطلب ہے سو میں سے: { $percent }% = { $fraction }
math-step-percent-as-decimal = 100 سے تقسیم کریں (اعشاری نقطہ دو درجے بائیں طرف کھسکائیں): { $percent }% = { $decimal }
math-step-hundredths-to-percent = { $fraction } کا مطلب ہے سو میں سے { $percent }، یعنی { $percent }%۔
math-step-times-hundred = فیصد نکالنے کے لیے 100 سے ضرب دیں: { $number } × 100 = { $result }، اس لیے { $number } = { $result }%
math-step-percent-of = { $quantity } کا { $percent }% = { $percent }/100 × { $quantity } = { $product } ÷ 100 = { $result }

## اکائی کا طریقہ

math-step-unitary-given = ہمیں معلوم ہے: { $count } کی قیمت { $price } روپے ہے۔
math-step-unitary-one = 1 کی قیمت معلوم کریں (تقسیم): { $price } ÷ { $count } = { $unit-price } روپے
math-step-unitary-many = { $wanted } کی قیمت معلوم کریں (ضرب): { $unit-price } × { $wanted } = { $total } روپے
math-step-unitary-how-many = دیکھیں کہ { $money } روپے میں { $unit-price } روپے والی کتنی چیزیں آئیں گی: { $money } ÷ { $unit-price } = { $count }
math-step-unitary-whole-things = ہم صرف پوری چیزیں خرید سکتے ہیں، اس لیے جواب { $count } ہے۔
math-step-unitary-check-more = جانچ: زیادہ چیزوں کی قیمت زیادہ ہوتی ہے، اس لیے جواب { $price } روپے سے زیادہ ہونا چاہیے۔
math-step-unitary-check-less = جانچ: کم چیزوں کی قیمت کم ہوتی ہے، اس لیے جواب { $price } روپے سے کم ہونا چاہیے۔

## رفتار، وقت اور فاصلہ

math-step-speed-formula = رفتار = فاصلہ ÷ وقت = { $distance } ÷ { $time } = { $speed }
math-step-not-needed = اس سوال کے لیے { $numbers } کی ضرورت نہیں: سوال باقی عددوں کے بارے میں ہے۔
math-step-distance-formula = فاصلہ = رفتار × وقت = { $speed } × { $time } = { $distance }
math-step-time-formula = وقت = فاصلہ ÷ رفتار = { $distance } ÷ { $speed } = { $time }
math-step-minutes-to-hours = پہلے منٹوں کو گھنٹوں میں بدلیں: { $minutes } منٹ = { $minutes } ÷ 60 = { $hours } گھنٹے
math-step-clock-interval = { $from_part ->
        [morning] صبح
        [noon] دوپہر
        [evening] شام
       *[other] رات
    } { $from } بجے سے { $to_part ->
        [morning] صبح
        [noon] دوپہر
        [evening] شام
       *[other] رات
    } { $to } بجے تک { $time } { $unit ->
        [hours] گھنٹے
       *[minutes] منٹ
    } ہیں
math-step-minutes-to-seconds = پہلے منٹوں کو سیکنڈوں میں بدلیں: { $minutes } منٹ = { $minutes } × 60 = { $seconds } سیکنڈ
math-step-hours-to-minutes = سوال منٹ پوچھتا ہے: { $hours } گھنٹے = { $hours } × 60 = { $minutes } منٹ

## احاطہ اور رقبہ

math-step-rectangle-perimeter = مستطیل کا احاطہ = 2 × (لمبائی + چوڑائی) = 2 × ({ $length } + { $width }) = 2 × { $sum } = { $perimeter }
math-step-rectangle-area = مستطیل کا رقبہ = لمبائی × چوڑائی = { $length } × { $width } = { $area }
math-step-square-perimeter = مربع کا احاطہ = 4 × ضلع = 4 × { $side } = { $perimeter }
math-step-square-area = مربع کا رقبہ = ضلع × ضلع = { $side } × { $side } = { $area }

## مقامی قیمت

math-step-digit-repeated = ہندسہ { $digit } ایک سے زیادہ بار آیا ہے؛ ہم بائیں طرف سے پہلا لیتے ہیں۔
math-step-digit-place = مقامات کے نام دائیں طرف سے لیں۔ { $number } میں ہندسہ { $digit } { $place ->
        [ones] اکائی
        [tens] دہائی
        [hundreds] سینکڑے
        [thousands] ہزار
        [ten-thousands] دس ہزار
        [lakhs] لاکھ
        [ten-lakhs] دس لاکھ
        [crores] کروڑ
        [ten-crores] دس کروڑ
        [arabs] ارب
        [ten-arabs] دس ارب
        [kharabs] کھرب
        [hundred-thousands] سو ہزار
        [millions] ملین
        [ten-millions] دس ملین
        [hundred-millions] سو ملین
        [billions] بلین
        [ten-billions] دس بلین
       *[hundred-billions] سو بلین
    } کے مقام پر ہے۔
math-step-digit-value = اس لیے اس کی قیمت { $digit } × { $place-value } = { $value } ہے۔
math-step-place-unit-values = ایک { $given ->
        [hundred] سو
        [thousand] ہزار
        [lakh] لاکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } = { $given-value } اور ایک { $asked ->
        [hundred] سو
        [thousand] ہزار
        [lakh] لاکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } = { $asked-value }۔ تقسیم کر کے دیکھیں کہ کتنے آتے ہیں۔
math-step-digits-plain = کاما کے بغیر یہ عدد { $number } ہے۔
math-step-pakistani-commas = پاکستانی نظام: پہلا کاما دائیں طرف سے 3 ہندسوں کے بعد، پھر ہر 2 ہندسوں کے بعد: { $number }
math-step-international-commas = بین الاقوامی نظام: دائیں طرف سے ہر 3 ہندسوں کے بعد کاما: { $number }

## اوسط

math-step-average-sum = تمام اعداد جمع کریں: { $numbers } = { $sum }
math-step-average-count = اعداد گنیں: یہ { $count } ہیں۔
math-step-average-divide = حاصل جمع کو اعداد کی تعداد سے تقسیم کریں: { $sum } ÷ { $count } = { $average }
math-step-average-check = جانچ: { $average } سب سے چھوٹے عدد { $smallest } اور سب سے بڑے عدد { $largest } کے درمیان ہے۔

## مشق: ایسا ہی ایک سوال

math-practice-expression = اب آپ حل کریں: { $expression } کتنا ہے؟
math-practice-hcf = اب آپ حل کریں: { $numbers } کا عاد اعظم معلوم کریں۔
math-practice-lcm = اب آپ حل کریں: { $numbers } کا ذو اضعاف اقل معلوم کریں۔
math-practice-to-decimal = اب آپ حل کریں: { $number } کو اعشاریہ میں لکھیں۔
math-practice-to-fraction = اب آپ حل کریں: { $number } کو کسر میں لکھیں۔
math-practice-to-percentage = اب آپ حل کریں: { $number } کو فیصد میں لکھیں۔
math-practice-percent-of = اب آپ حل کریں: { $quantity } کا { $percent }% معلوم کریں۔
math-practice-unitary = اب آپ حل کریں: { $count } کاپیوں کی قیمت { $price } روپے ہے۔ { $wanted } کاپیوں کی قیمت کیا ہوگی؟
math-practice-unitary-one = اب آپ حل کریں: { $count } کاپیوں کی قیمت { $price } روپے ہے۔ ایک کاپی کی قیمت کیا ہے؟
math-practice-unitary-how-many = اب آپ حل کریں: { $count } کاپیوں کی قیمت { $price } روپے ہے۔ { $money } روپے میں کتنی کاپیاں آئیں گی؟
math-practice-speed = اب آپ حل کریں: ایک گاڑی { $time } گھنٹے میں { $distance } کلومیٹر جاتی ہے۔ اس کی رفتار کیا ہے؟
math-practice-distance = اب آپ حل کریں: ایک ریل گاڑی { $speed } کلومیٹر فی گھنٹہ کی رفتار سے { $time } گھنٹے چلتی ہے۔ وہ کتنا فاصلہ طے کرتی ہے؟
math-practice-time = اب آپ حل کریں: ایک بس { $speed } کلومیٹر فی گھنٹہ کی رفتار سے { $distance } کلومیٹر جاتی ہے۔ اسے کتنا وقت لگے گا؟
math-practice-clock-interval = اب آپ حل کریں: ایک بس { $from_part ->
        [morning] صبح
        [noon] دوپہر
        [evening] شام
       *[other] رات
    } { $from } بجے چلتی ہے اور { $to_part ->
        [morning] صبح
        [noon] دوپہر
        [evening] شام
       *[other] رات
    } { $to } بجے پہنچتی ہے۔ سفر میں کتنا وقت لگتا ہے؟
math-practice-rectangle-area = اب آپ حل کریں: { $length } میٹر لمبی اور { $width } میٹر چوڑی مستطیل کا رقبہ معلوم کریں۔
math-practice-rectangle-perimeter = اب آپ حل کریں: { $length } میٹر لمبی اور { $width } میٹر چوڑی مستطیل کا احاطہ معلوم کریں۔
math-practice-square-area = اب آپ حل کریں: { $side } میٹر ضلع والے مربع کا رقبہ معلوم کریں۔
math-practice-square-perimeter = اب آپ حل کریں: { $side } میٹر ضلع والے مربع کا احاطہ معلوم کریں۔
math-practice-place-value = اب آپ حل کریں: { $number } میں { $digit } کی مقامی قیمت معلوم کریں۔
math-practice-place-units = اب آپ حل کریں: { $count } { $given ->
        [hundred] سینکڑے
        [thousand] ہزار
        [lakh] لاکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } میں کتنے { $asked ->
        [hundred] سینکڑے
        [thousand] ہزار
        [lakh] لاکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } ہوتے ہیں؟
math-practice-international = اب آپ حل کریں: { $number } کو بین الاقوامی نظام میں لکھیں۔
math-practice-pakistani = اب آپ حل کریں: { $number } کو پاکستانی نظام میں لکھیں۔
math-practice-average = اب آپ حل کریں: { $numbers } کی اوسط معلوم کریں۔

## دو اعداد میں سے کون سا بڑا ہے

# Variables: $a (String), $b (String) - the two numbers written alike
math-step-compare-equal = { $a } اور { $b } برابر ہیں، اس لیے کوئی بھی بڑا نہیں۔
# Variables: $a (String) - the bigger number, $b (String) - the smaller, $part-a (String), $part-b (String) - what is compared
math-step-compare-bigger = { $a }، { $b } سے بڑا ہے، کیونکہ { $part-a }، { $part-b } سے بڑا ہے۔
# Variables: $a (String) - the smaller number, $b (String) - the bigger, $part-a (String), $part-b (String) - what is compared
math-step-compare-smaller = { $a }، { $b } سے چھوٹا ہے، کیونکہ { $part-a }، { $part-b } سے چھوٹا ہے۔
# Variables: $denominator (String) - the denominator both fractions have
math-step-compare-like-fractions = نسب نما ایک جیسے ہیں ({ $denominator })، اس لیے شمار کنندہ کا موازنہ کریں۔
# Variables: $a (String), $b (String) - two numbers
math-practice-compare = اب آپ حل کریں: { $a } اور { $b } میں سے کون سا بڑا ہے؟
# Variables: $a (String), $b (String) - the two numbers as compared, which are equal
math-step-compare-same = { $a } اور { $b } ایک جیسے ہیں، اس لیے یہ برابر ہیں۔
# Variables: $a (String), $b (String) - the two numbers as compared, which are not equal
math-step-compare-not-equal = اس لیے { $a } اور { $b } برابر نہیں ہیں۔
# Variables: $a (String), $b (String) - two numbers to compare
math-practice-compare-same = اب آپ حل کریں: کیا { $a } اور { $b } برابر ہیں؟

math-step-hours-minutes = منٹوں میں لکھیں: { $big } × 60 + { $small } = { $total } منٹ
math-step-minutes-seconds = سیکنڈوں میں لکھیں: { $big } × 60 + { $small } = { $total } سیکنڈ
math-step-kilometres-metres = میٹروں میں لکھیں: { $big } × 1000 + { $small } = { $total } میٹر
math-step-metres-centimetres = سینٹی میٹروں میں لکھیں: { $big } × 100 + { $small } = { $total } سینٹی میٹر
math-step-centimetres-millimetres = ملی میٹروں میں لکھیں: { $big } × 10 + { $small } = { $total } ملی میٹر
math-step-kilograms-grams = گراموں میں لکھیں: { $big } × 1000 + { $small } = { $total } گرام

## برابر حصوں کے بعد باقی، اور پوچھی گئی اکائی میں جواب

# Variables: $a (String) - the amount, $b (String) - the size of a group, $quotient (String), $product (String) - $b × $quotient, $remainder (String)
math-step-remainder = تقسیم کریں: { $a } ÷ { $b } = { $quotient } اور باقی { $remainder }، کیونکہ { $b } × { $quotient } = { $product } اور { $a } − { $product } = { $remainder }
# Variables: $total (String), $size (String)
math-practice-remainder = اب آپ حل کریں: { $total } ٹافیاں { $size } بچوں میں برابر بانٹی گئیں۔ کتنی ٹافیاں بچ گئیں؟
# Variables: $value (String) - in the bigger unit, $result (String) - in $to, $to (String) - the smaller unit: m (from km), cm (from m), mm (from cm)
math-step-to-smaller-unit = { $to ->
        [m] میٹروں میں لکھیں: { $value } × 1000 = { $result } میٹر
        [cm] سینٹی میٹروں میں لکھیں: { $value } × 100 = { $result } سینٹی میٹر
       *[mm] ملی میٹروں میں لکھیں: { $value } × 10 = { $result } ملی میٹر
    }
# Variables: $value (String) - in the smaller unit, $result (String) - in $to, $to (String) - the bigger unit: km, m, cm, kg, hours, minutes, sq-m
math-step-to-bigger-unit = { $to ->
        [km] کلومیٹروں میں لکھیں: { $value } ÷ 1000 = { $result } کلومیٹر
        [m] میٹروں میں لکھیں: { $value } ÷ 100 = { $result } میٹر
        [cm] سینٹی میٹروں میں لکھیں: { $value } ÷ 10 = { $result } سینٹی میٹر
        [kg] کلوگرام میں لکھیں: { $value } ÷ 1000 = { $result } کلوگرام
        [hours] گھنٹوں میں لکھیں: { $value } ÷ 60 = { $result } گھنٹے
        [minutes] منٹوں میں لکھیں: { $value } ÷ 60 = { $result } منٹ
       *[sq-m] مربع میٹروں میں لکھیں: { $value } ÷ 10000 = { $result } مربع میٹر
    }

## مثلث کے زاویے

# Variables: $right (String)
math-step-angle-right = قائمۃ الزاویہ مثلث کا ایک زاویہ { $right }° ہوتا ہے۔
# Variables: $a (String), $b (String), $sum (String)
math-step-angle-known = معلوم زاویے جمع کریں: { $a }° + { $b }° = { $sum }°
# Variables: $sum (String), $third (String)
math-step-angle-third = مثلث کے تینوں زاویوں کا مجموعہ 180° ہوتا ہے۔ اسے 180° میں سے تفریق کریں: 180° − { $sum }° = { $third }°
# Variables: $a (String), $b (String), $third (String)
math-step-angle-check = جانچ: { $a }° + { $b }° + { $third }° = 180°۔ درست!
# Variables: $a (String), $b (String)
math-practice-triangle-angle = اب آپ کوشش کریں: ایک مثلث کے دو زاویے { $a }° اور { $b }° ہیں۔ تیسرا زاویہ معلوم کریں۔
