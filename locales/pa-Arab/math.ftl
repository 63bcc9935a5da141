# ریاضی دے سوالاں دے حل دے قدم (crates/math)۔ عدد پہلاں ای لکھے ہوئے آؤندے نیں ("7/8"، "1 3/8")۔
# اصل پنجابی بولن والے توں نظرثانی چاہیدی اے۔

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

## جیہڑے سوال اینج حل نہیں ہو سکدے

math-error-zero-denominator = کسر دا نسب نما 0 نہیں ہو سکدا: کسے شے دے 0 برابر حصے نہیں کیتے جا سکدے۔ مہربانی کر کے نسب نما ویکھو۔
math-error-division-by-zero = اسیں 0 نال تقسیم نہیں کر سکدے: شیواں 0 ٹولیاں وچ نہیں ونڈیاں جا سکدیاں۔ مہربانی کر کے عدد ویکھو۔
math-error-too-large = ایہ عدد میرے لئی بہت وڈے نیں۔ نکے عدداں نال کوشش کرو۔
math-error-not-whole-numbers = عاد اعظم تے ذو اضعاف اقل لئی 0 توں وڈے پورے عدد لکھو، جیویں 12 تے 18۔
math-error-units-mismatch = اکائیاں آپس وچ نہیں ملدیاں۔ عدد اکو جیہیاں اکائیاں وچ لکھو، جیویں کلومیٹر نال کلومیٹر فی گھنٹہ، یا میٹر نال میٹر۔
math-error-digit-not-in-number = ایہ ہندسہ ایس عدد وچ نہیں اے۔ مہربانی کر کے ہندسہ تے عدد دوبارہ ویکھو۔

## عام حساب

math-step-operation = { $a } { $op } { $b } = { $result }
math-step-write-as-fraction = { $number } نوں کسر دی شکل وچ لکھو: { $number } = { $fraction }
math-step-mixed-to-improper = مخلوط کسر نوں غیر واجب کسر وچ بدلو: { $mixed } = ({ $whole } × { $denominator } + { $numerator })/{ $denominator } = { $improper }
math-step-like-fractions = نسب نما اکو جیہے نیں ({ $denominator })، ایس لئی صرف شمار کنندہ جمع یا تفریق کرو۔
math-step-lcm-of-denominators = نسب نما { $a } تے { $b } نیں۔ ایہناں دا ذو اضعاف اقل { $lcm } اے، ایس لئی دوواں کسراں دا نسب نما { $lcm } بناؤ۔
math-step-equivalent-fraction = { $fraction } = { $equivalent } (شمار کنندہ تے نسب نما دوواں نوں { $factor } نال ضرب دیو)
math-step-simplify = سب توں سادی شکل وچ لکھو: شمار کنندہ تے نسب نما نوں ایہناں دے عاد اعظم { $hcf } نال تقسیم کرو۔ { $fraction } = { $simplest }
math-step-to-mixed = { $improper } اک توں ودھ اے: { $numerator } ÷ { $denominator } = { $whole } تے باقی { $remainder }، ایس لئی { $improper } = { $mixed }
math-step-fraction-multiply = شمار کنندیاں نوں ضرب دیو ({ $numerators }) تے نسب نماواں نوں ضرب دیو ({ $denominators }): { $a } × { $b } = { $result }
math-step-fraction-divide = { $divisor } نال تقسیم کرن لئی اوہنوں پُٹھا کر کے ضرب دیو: { $a } ÷ { $divisor } = { $a } × { $reciprocal }
math-step-decimal-line-up = اعشاری نقطے اک سیدھ وچ رکھو، تے دوواں عدداں وچ نقطے توں بعد { $places } ہندسے کر لوو: { $a } تے { $b }
math-step-decimal-multiply = نقطے توں بغیر ضرب دیو: { $whole-a } × { $whole-b } = { $product }۔ دوواں عدداں وچ نقطے توں بعد کُل { $places } ہندسے نیں، ایس لئی { $a } × { $b } = { $result }
math-step-decimal-divide-shift = دوواں عدداں نوں { $factor } نال ضرب دیو تاں جے پورے عدد نال تقسیم کریے: { $a } ÷ { $b } = { $dividend } ÷ { $divisor }
math-step-division-remainder = { $a } ÷ { $b } = { $quotient } تے باقی { $remainder }، ایس لئی { $a } ÷ { $b } = { $mixed }
math-step-as-decimal = اعشاریہ وچ { $number } = { $decimal }

## عاد اعظم تے ذو اضعاف اقل

math-step-prime-factors = { $number } دی تجزی کرو: { $number } = { $factors }
math-step-hcf-common = جیہڑے مفرد ضربی جز سارے عدداں وچ سانجھے نیں، اوہناں نوں ضرب دیو: عاد اعظم = { $factors } = { $result }
math-step-hcf-none = کوئی مفرد ضربی جز سارے عدداں وچ سانجھا نہیں، ایس لئی عاد اعظم { $result } اے۔
math-step-lcm-most = ہر مفرد ضربی جز نوں اونی واری لوو جنی واری اوہ کسے اک عدد وچ سب توں ودھ آیا ہووے: ذو اضعاف اقل = { $factors } = { $result }

## کسر، اعشاریہ تے فیصد

math-step-fraction-as-decimal = اعشاریہ وچ لکھو: { $fraction } = { $decimal }
math-step-repeating-decimal = شمار کنندہ نوں نسب نما نال تقسیم کرو: { $numerator } ÷ { $denominator } = { $decimal } ہندسے کدے مکدے نہیں، ایس لئی اسیں شروع دے کجھ ہندسے لکھدے آں۔
math-step-decimal-as-fraction = { $decimal } وچ نقطے توں بعد { $places } ہندسے نیں، ایس لئی اینوں { $power } اُتے لکھو: { $decimal } = { $fraction }
math-step-percent-as-fraction = فیصد دا مطلب اے سو وچوں: { $percent }% = { $fraction }
math-step-percent-as-decimal = 100 نال تقسیم کرو (اعشاری نقطہ دو تھاں کھبے پاسے کرو): { $percent }% = { $decimal }
math-step-hundredths-to-percent = { $fraction } دا مطلب اے سو وچوں { $percent }، یعنی { $percent }%۔
math-step-times-hundred = فیصد کڈھن لئی 100 نال ضرب دیو: { $number } × 100 = { $result }، ایس لئی { $number } = { $result }%
math-step-percent-of = { $quantity } دا { $percent }% = { $percent }/100 × { $quantity } = { $product } ÷ 100 = { $result }

## اکائی والا طریقہ

math-step-unitary-given = سانوں پتا اے: { $count } دا مُل { $price } روپے اے۔
math-step-unitary-one = 1 دا مُل لبھو (تقسیم): { $price } ÷ { $count } = { $unit-price } روپے
math-step-unitary-many = { $wanted } دا مُل لبھو (ضرب): { $unit-price } × { $wanted } = { $total } روپے
math-step-unitary-how-many = ویکھو { $money } روپیاں وچ { $unit-price } روپے والیاں کنیاں شیواں آؤن گیاں: { $money } ÷ { $unit-price } = { $count }
math-step-unitary-whole-things = اسیں صرف پوریاں شیواں خرید سکدے آں، ایس لئی جواب { $count } اے۔
math-step-unitary-check-more = جانچ: ودھ شیواں دا مُل ودھ ہوندا اے، ایس لئی جواب { $price } روپیاں توں ودھ ہونا چاہیدا اے۔
math-step-unitary-check-less = جانچ: گھٹ شیواں دا مُل گھٹ ہوندا اے، ایس لئی جواب { $price } روپیاں توں گھٹ ہونا چاہیدا اے۔

## رفتار، وقت تے فاصلہ

math-step-speed-formula = رفتار = فاصلہ ÷ وقت = { $distance } ÷ { $time } = { $speed }
math-step-not-needed = ایس سوال لئی { $numbers } دی لوڑ نئیں: سوال باقی عدداں بارے اے۔
math-step-distance-formula = فاصلہ = رفتار × وقت = { $speed } × { $time } = { $distance }
math-step-time-formula = وقت = فاصلہ ÷ رفتار = { $distance } ÷ { $speed } = { $time }
math-step-minutes-to-hours = پہلاں منٹاں نوں گھنٹیاں وچ بدلو: { $minutes } منٹ = { $minutes } ÷ 60 = { $hours } گھنٹے
math-step-clock-interval = { $from_part ->
        [morning] سویرے
        [noon] دوپہرے
        [evening] شامی
       *[other] راتی
    } { $from } وجے توں { $to_part ->
        [morning] سویرے
        [noon] دوپہرے
        [evening] شامی
       *[other] راتی
    } { $to } وجے تک { $time } { $unit ->
        [hours] گھنٹے
       *[minutes] منٹ
    } نیں
math-step-minutes-to-seconds = پہلاں منٹاں نوں سیکنڈاں وچ بدلو: { $minutes } منٹ = { $minutes } × 60 = { $seconds } سیکنڈ
math-step-hours-to-minutes = سوال منٹ پچھدا اے: { $hours } گھنٹے = { $hours } × 60 = { $minutes } منٹ

## احاطہ تے رقبہ

math-step-rectangle-perimeter = مستطیل دا احاطہ = 2 × (لمبائی + چوڑائی) = 2 × ({ $length } + { $width }) = 2 × { $sum } = { $perimeter }
math-step-rectangle-area = مستطیل دا رقبہ = لمبائی × چوڑائی = { $length } × { $width } = { $area }
math-step-square-perimeter = مربع دا احاطہ = 4 × ضلع = 4 × { $side } = { $perimeter }
math-step-square-area = مربع دا رقبہ = ضلع × ضلع = { $side } × { $side } = { $area }

## مقامی قیمت

math-step-digit-repeated = ہندسہ { $digit } اک توں ودھ واری آیا اے؛ اسیں کھبے پاسیوں پہلا لیندے آں۔
math-step-digit-place = سجے پاسیوں تھاواں دے ناں لوو۔ { $number } وچ ہندسہ { $digit } { $place ->
        [ones] اکائی
        [tens] دہائی
        [hundreds] سینکڑے
        [thousands] ہزار
        [ten-thousands] دس ہزار
        [lakhs] لکھ
        [ten-lakhs] دس لکھ
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
    } دی تھاں تے اے۔
math-step-digit-value = ایس لئی اوہدی قیمت { $digit } × { $place-value } = { $value } اے۔
math-step-place-unit-values = اک { $given ->
        [hundred] سو
        [thousand] ہزار
        [lakh] لکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } = { $given-value } تے اک { $asked ->
        [hundred] سو
        [thousand] ہزار
        [lakh] لکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } = { $asked-value }۔ تقسیم کر کے ویکھو کنے آؤندے نیں۔
math-step-digits-plain = کامے توں بغیر ایہ عدد { $number } اے۔
math-step-pakistani-commas = پاکستانی نظام: پہلا کاما سجے پاسیوں 3 ہندسیاں توں بعد، فیر ہر 2 ہندسیاں توں بعد: { $number }
math-step-international-commas = بین الاقوامی نظام: سجے پاسیوں ہر 3 ہندسیاں توں بعد کاما: { $number }

## اوسط

math-step-average-sum = سارے عدد جمع کرو: { $numbers } = { $sum }
math-step-average-count = عدد گنو: ایہ { $count } نیں۔
math-step-average-divide = جوڑ نوں عدداں دی گنتی نال تقسیم کرو: { $sum } ÷ { $count } = { $average }
math-step-average-check = جانچ: { $average } سب توں نکے عدد { $smallest } تے سب توں وڈے عدد { $largest } دے وچکار اے۔

## مشق: اجیہا ای اک سوال

math-practice-expression = ہن تسیں حل کرو: { $expression } کنا بندا اے؟
math-practice-hcf = ہن تسیں حل کرو: { $numbers } دا عاد اعظم لبھو۔
math-practice-lcm = ہن تسیں حل کرو: { $numbers } دا ذو اضعاف اقل لبھو۔
math-practice-to-decimal = ہن تسیں حل کرو: { $number } نوں اعشاریہ وچ لکھو۔
math-practice-to-fraction = ہن تسیں حل کرو: { $number } نوں کسر وچ لکھو۔
math-practice-to-percentage = ہن تسیں حل کرو: { $number } نوں فیصد وچ لکھو۔
math-practice-percent-of = ہن تسیں حل کرو: { $quantity } دا { $percent }% لبھو۔
math-practice-unitary = ہن تسیں حل کرو: { $count } کاپیاں دا مُل { $price } روپے اے۔ { $wanted } کاپیاں دا مُل کنا ہووے گا؟
math-practice-unitary-one = ہن تسیں حل کرو: { $count } کاپیاں دا مُل { $price } روپے اے۔ اک کاپی دا مُل کنا اے؟
math-practice-unitary-how-many = ہن تسیں حل کرو: { $count } کاپیاں دا مُل { $price } روپے اے۔ { $money } روپیاں وچ کنیاں کاپیاں آؤن گیاں؟
math-practice-speed = ہن تسیں حل کرو: اک گڈی { $time } گھنٹیاں وچ { $distance } کلومیٹر جاندی اے۔ اوہدی رفتار کنی اے؟
math-practice-distance = ہن تسیں حل کرو: اک ریل گڈی { $speed } کلومیٹر فی گھنٹہ دی رفتار نال { $time } گھنٹے چلدی اے۔ اوہ کنا فاصلہ طے کردی اے؟
math-practice-time = ہن تسیں حل کرو: اک بس { $speed } کلومیٹر فی گھنٹہ دی رفتار نال { $distance } کلومیٹر جاندی اے۔ اوہنوں کنا وقت لگے گا؟
math-practice-clock-interval = ہن تسیں حل کرو: اک بس { $from_part ->
        [morning] سویرے
        [noon] دوپہرے
        [evening] شامی
       *[other] راتی
    } { $from } وجے چلدی اے تے { $to_part ->
        [morning] سویرے
        [noon] دوپہرے
        [evening] شامی
       *[other] راتی
    } { $to } وجے اپڑدی اے۔ سفر وچ کنا وقت لگدا اے؟
math-practice-rectangle-area = ہن تسیں حل کرو: { $length } میٹر لمی تے { $width } میٹر چوڑی مستطیل دا رقبہ لبھو۔
math-practice-rectangle-perimeter = ہن تسیں حل کرو: { $length } میٹر لمی تے { $width } میٹر چوڑی مستطیل دا احاطہ لبھو۔
math-practice-square-area = ہن تسیں حل کرو: { $side } میٹر ضلع والے مربع دا رقبہ لبھو۔
math-practice-square-perimeter = ہن تسیں حل کرو: { $side } میٹر ضلع والے مربع دا احاطہ لبھو۔
math-practice-place-value = ہن تسیں حل کرو: { $number } وچ { $digit } دی مقامی قیمت لبھو۔
math-practice-place-units = ہن تسیں حل کرو: { $count } { $given ->
        [hundred] سو
        [thousand] ہزار
        [lakh] لکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } وچ کنے { $asked ->
        [hundred] سینکڑے
        [thousand] ہزار
        [lakh] لکھ
        [million] ملین
        [crore] کروڑ
        [arab] ارب
       *[billion] بلین
    } ہوندے نیں؟
math-practice-international = ہن تسیں حل کرو: { $number } نوں بین الاقوامی نظام وچ لکھو۔
math-practice-pakistani = ہن تسیں حل کرو: { $number } نوں پاکستانی نظام وچ لکھو۔
math-practice-average = ہن تسیں حل کرو: { $numbers } دی اوسط لبھو۔

## دو عدداں وچوں کیہڑا وڈا اے

# Variables: $a (String), $b (String) - the two numbers written alike
math-step-compare-equal = { $a } تے { $b } برابر نیں، ایس لئی کوئی وی وڈا نہیں۔
# Variables: $a (String) - the bigger number, $b (String) - the smaller, $part-a (String), $part-b (String) - what is compared
math-step-compare-bigger = { $a }، { $b } توں وڈا اے، کیونکہ { $part-a }، { $part-b } توں وڈا اے۔
# Variables: $a (String) - the smaller number, $b (String) - the bigger, $part-a (String), $part-b (String) - what is compared
math-step-compare-smaller = { $a }، { $b } توں نکا اے، کیونکہ { $part-a }، { $part-b } توں نکا اے۔
# Variables: $denominator (String) - the denominator both fractions have
math-step-compare-like-fractions = نسب نما اکو جیہے نیں ({ $denominator })، ایس لئی شمار کنندہ دا مقابلہ کرو۔
# Variables: $a (String), $b (String) - two numbers
math-practice-compare = ہن تسیں حل کرو: { $a } تے { $b } وچوں کیہڑا وڈا اے؟
# Variables: $a (String), $b (String) - the two numbers as compared, which are equal
math-step-compare-same = { $a } تے { $b } اکو جیہے نیں، ایس لئی برابر نیں۔
# Variables: $a (String), $b (String) - the two numbers as compared, which are not equal
math-step-compare-not-equal = ایس لئی { $a } تے { $b } برابر نہیں۔
# Variables: $a (String), $b (String) - two numbers to compare
math-practice-compare-same = ہن تسیں حل کرو: کیہ { $a } تے { $b } برابر نیں؟

math-step-hours-minutes = منٹاں وچ لکھو: { $big } × 60 + { $small } = { $total } منٹ
math-step-minutes-seconds = سیکنڈاں وچ لکھو: { $big } × 60 + { $small } = { $total } سیکنڈ
math-step-kilometres-metres = میٹراں وچ لکھو: { $big } × 1000 + { $small } = { $total } میٹر
math-step-metres-centimetres = سینٹی میٹراں وچ لکھو: { $big } × 100 + { $small } = { $total } سینٹی میٹر
math-step-centimetres-millimetres = ملی میٹراں وچ لکھو: { $big } × 10 + { $small } = { $total } ملی میٹر
math-step-kilograms-grams = گراماں وچ لکھو: { $big } × 1000 + { $small } = { $total } گرام

## برابر حصیاں توں بعد باقی، تے پچھی گئی اکائی وچ جواب

# Variables: $a (String) - the amount, $b (String) - the size of a group, $quotient (String), $product (String) - $b × $quotient, $remainder (String)
math-step-remainder = ونڈو: { $a } ÷ { $b } = { $quotient } تے باقی { $remainder }، کیوں جے { $b } × { $quotient } = { $product } تے { $a } − { $product } = { $remainder }
# Variables: $total (String), $size (String)
math-practice-remainder = ہن تسیں حل کرو: { $total } ٹافیاں { $size } بچیاں وچ برابر ونڈیاں گئیاں۔ کنیاں ٹافیاں بچ گئیاں؟
# Variables: $value (String) - in the bigger unit, $result (String) - in $to, $to (String) - the smaller unit: m (from km), cm (from m), mm (from cm)
math-step-to-smaller-unit = { $to ->
        [m] میٹراں وچ لکھو: { $value } × 1000 = { $result } میٹر
        [cm] سینٹی میٹراں وچ لکھو: { $value } × 100 = { $result } سینٹی میٹر
       *[mm] ملی میٹراں وچ لکھو: { $value } × 10 = { $result } ملی میٹر
    }
# Variables: $value (String) - in the smaller unit, $result (String) - in $to, $to (String) - the bigger unit: km, m, cm, kg, hours, minutes, sq-m
math-step-to-bigger-unit = { $to ->
        [km] کلومیٹراں وچ لکھو: { $value } ÷ 1000 = { $result } کلومیٹر
        [m] میٹراں وچ لکھو: { $value } ÷ 100 = { $result } میٹر
        [cm] سینٹی میٹراں وچ لکھو: { $value } ÷ 10 = { $result } سینٹی میٹر
        [kg] کلوگراماں وچ لکھو: { $value } ÷ 1000 = { $result } کلوگرام
        [hours] گھنٹیاں وچ لکھو: { $value } ÷ 60 = { $result } گھنٹے
        [minutes] منٹاں وچ لکھو: { $value } ÷ 60 = { $result } منٹ
       *[sq-m] مربع میٹراں وچ لکھو: { $value } ÷ 10000 = { $result } مربع میٹر
    }

## مثلث دے زاویے

# Variables: $right (String)
math-step-angle-right = قائمۃ الزاویہ مثلث دا اک زاویہ { $right }° ہوندا اے۔
# Variables: $a (String), $b (String), $sum (String)
math-step-angle-known = پتہ زاویے جمع کرو: { $a }° + { $b }° = { $sum }°
# Variables: $sum (String), $third (String)
math-step-angle-third = مثلث دے تناں زاویاں دا جوڑ 180° ہوندا اے۔ ایہنوں 180° وچوں گھٹاؤ: 180° − { $sum }° = { $third }°
# Variables: $a (String), $b (String), $third (String)
math-step-angle-check = جانچ: { $a }° + { $b }° + { $third }° = 180°۔ ٹھیک اے!
# Variables: $a (String), $b (String)
math-practice-triangle-angle = ہن تسیں حل کرو: اک مثلث دے دو زاویے { $a }° تے { $b }° نیں۔ تیجا زاویہ لبھو۔
