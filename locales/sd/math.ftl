# رياضي جي سوالن جي حل جا قدم (crates/math). انگ اڳ ۾ ئي لکيل ايندا آهن ("7/8"، "1 3/8").
# اصلي سنڌي ڳالهائيندڙ کان نظرثاني گهرجي.

## جواب

math-answer = جواب: { $value }
math-answer-with-unit = جواب: { $unit ->
        [rupees] { $value } رپيا
        [km] { $value } ڪلوميٽر
        [m] { $value } ميٽر
        [cm] { $value } سينٽي ميٽر
        [mm] { $value } ملي ميٽر
        [hours] { $value } ڪلاڪ
        [minutes] { $value } منٽ
        [seconds] { $value } سيڪنڊ
        [km-per-hour] { $value } ڪلوميٽر في ڪلاڪ
        [m-per-second] { $value } ميٽر في سيڪنڊ
        [m-per-minute] { $value } ميٽر في منٽ
        [sq-km] { $value } چورس ڪلوميٽر
        [sq-m] { $value } چورس ميٽر
        [sq-cm] { $value } چورس سينٽي ميٽر
        [kg] { $value } ڪلوگرام
        [g] { $value } گرام
        [litres] { $value } ليٽر
        [degrees] { $value }°
       *[other] { $value }
    }

## جيڪي سوال ائين حل نٿا ٿي سگهن

math-error-zero-denominator = ڪسر جو نسب نما 0 نٿو ٿي سگهي: ڪا به شيءِ 0 برابر حصن ۾ نٿي ورهائي سگهجي. مهرباني ڪري نسب نما ڏسو.
math-error-division-by-zero = اسين 0 سان ونڊ نٿا ڪري سگهون: شيون 0 ٽولين ۾ نٿيون ورهائي سگهجن. مهرباني ڪري انگ ڏسو.
math-error-too-large = هي انگ مون لاءِ تمام وڏا آهن. ننڍن انگن سان ڪوشش ڪريو.
math-error-not-whole-numbers = عاد اعظم ۽ ذواضعاف اقل لاءِ 0 کان وڏا پورا انگ لکو، جيئن 12 ۽ 18.
math-error-units-mismatch = ايڪائيون پاڻ ۾ نٿيون ملن. انگ هڪ جهڙين ايڪائين ۾ لکو، جيئن ڪلوميٽر سان ڪلوميٽر في ڪلاڪ، يا ميٽر سان ميٽر.
math-error-digit-not-in-number = هي هندسو هن انگ ۾ ناهي. مهرباني ڪري هندسو ۽ انگ ٻيهر ڏسو.

## عام حساب

math-step-operation = { $a } { $op } { $b } = { $result }
math-step-write-as-fraction = { $number } کي ڪسر جي صورت ۾ لکو: { $number } = { $fraction }
math-step-mixed-to-improper = مخلوط ڪسر کي غير واجب ڪسر ۾ بدلايو: { $mixed } = ({ $whole } × { $denominator } + { $numerator })/{ $denominator } = { $improper }
math-step-like-fractions = نسب نما ساڳيا آهن ({ $denominator })، تنهن ڪري رڳو شمار ڪندڙ جمع يا تفريق ڪريو.
math-step-lcm-of-denominators = نسب نما { $a } ۽ { $b } آهن. انهن جو ذواضعاف اقل { $lcm } آهي، تنهن ڪري ٻنهي ڪسرن جو نسب نما { $lcm } بڻايو.
math-step-equivalent-fraction = { $fraction } = { $equivalent } (شمار ڪندڙ ۽ نسب نما ٻنهي کي { $factor } سان ضرب ڏيو)
math-step-simplify = سادي صورت ۾ لکو: شمار ڪندڙ ۽ نسب نما کي انهن جي عاد اعظم { $hcf } سان ونڊيو. { $fraction } = { $simplest }
math-step-to-mixed = { $improper } هڪ کان وڌيڪ آهي: { $numerator } ÷ { $denominator } = { $whole } ۽ باقي { $remainder }، تنهن ڪري { $improper } = { $mixed }
math-step-fraction-multiply = شمار ڪندڙن کي ضرب ڏيو ({ $numerators }) ۽ نسب نمائن کي ضرب ڏيو ({ $denominators }): { $a } × { $b } = { $result }
math-step-fraction-divide = { $divisor } سان ونڊڻ لاءِ ان کي ابتو ڪري ضرب ڏيو: { $a } ÷ { $divisor } = { $a } × { $reciprocal }
math-step-decimal-line-up = اعشاري نقطا هڪ سڌ ۾ رکو، ۽ ٻنهي انگن ۾ نقطي کان پوءِ { $places } هندسا ڪريو: { $a } ۽ { $b }
math-step-decimal-multiply = نقطي کان سواءِ ضرب ڏيو: { $whole-a } × { $whole-b } = { $product }. ٻنهي انگن ۾ نقطي کان پوءِ ڪل { $places } هندسا آهن، تنهن ڪري { $a } × { $b } = { $result }
math-step-decimal-divide-shift = ٻنهي انگن کي { $factor } سان ضرب ڏيو ته جيئن پوري انگ سان ونڊيون: { $a } ÷ { $b } = { $dividend } ÷ { $divisor }
math-step-division-remainder = { $a } ÷ { $b } = { $quotient } ۽ باقي { $remainder }، تنهن ڪري { $a } ÷ { $b } = { $mixed }
math-step-as-decimal = اعشاريه ۾ { $number } = { $decimal }

## عاد اعظم ۽ ذواضعاف اقل

math-step-prime-factors = { $number } کي مفرد ضربي جزن ۾ ورهايو: { $number } = { $factors }
math-step-hcf-common = جيڪي مفرد ضربي جزا سڀني انگن ۾ گڏيل آهن، انهن کي ضرب ڏيو: عاد اعظم = { $factors } = { $result }
math-step-hcf-none = ڪو به مفرد ضربي جزو سڀني انگن ۾ گڏيل ناهي، تنهن ڪري عاد اعظم { $result } آهي.
math-step-lcm-most = هر مفرد ضربي جزي کي اوترا ڀيرا وٺو جيترا ڀيرا اهو ڪنهن هڪ انگ ۾ سڀ کان وڌيڪ آيو آهي: ذواضعاف اقل = { $factors } = { $result }

## ڪسر، اعشاريه ۽ سيڪڙو

math-step-fraction-as-decimal = اعشاريه ۾ لکو: { $fraction } = { $decimal }
math-step-repeating-decimal = شمار ڪندڙ کي نسب نما سان ونڊيو: { $numerator } ÷ { $denominator } = { $decimal } هندسا ڪڏهن به ختم نٿا ٿين، تنهن ڪري اسين شروع جا ڪجهه هندسا لکون ٿا.
math-step-decimal-as-fraction = { $decimal } ۾ نقطي کان پوءِ { $places } هندسا آهن، تنهن ڪري ان کي { $power } تي لکو: { $decimal } = { $fraction }
math-step-percent-as-fraction = سيڪڙي جو مطلب آهي سؤ مان: { $percent }% = { $fraction }
math-step-percent-as-decimal = 100 سان ونڊيو (اعشاري نقطو ٻه هنڌ کاٻي پاسي سرڪايو): { $percent }% = { $decimal }
math-step-hundredths-to-percent = { $fraction } جو مطلب آهي سؤ مان { $percent }، يعني { $percent }%.
math-step-times-hundred = سيڪڙي لاءِ 100 سان ضرب ڏيو: { $number } × 100 = { $result }، تنهن ڪري { $number } = { $result }%
math-step-percent-of = { $quantity } جو { $percent }% = { $percent }/100 × { $quantity } = { $product } ÷ 100 = { $result }

## ايڪائي جو طريقو

math-step-unitary-given = اسان کي خبر آهي: { $count } جي قيمت { $price } رپيا آهي.
math-step-unitary-one = 1 جي قيمت ڳوليو (ونڊ): { $price } ÷ { $count } = { $unit-price } رپيا
math-step-unitary-many = { $wanted } جي قيمت ڳوليو (ضرب): { $unit-price } × { $wanted } = { $total } رپيا
math-step-unitary-how-many = ڏسو ته { $money } رپين ۾ { $unit-price } رپين واريون ڪيتريون شيون اينديون: { $money } ÷ { $unit-price } = { $count }
math-step-unitary-whole-things = اسين رڳو پوريون شيون خريد ڪري سگهون ٿا، تنهن ڪري جواب { $count } آهي.
math-step-unitary-check-more = چڪاس: وڌيڪ شين جي قيمت وڌيڪ هوندي آهي، تنهن ڪري جواب { $price } رپين کان وڌيڪ هجڻ گهرجي.
math-step-unitary-check-less = چڪاس: گهٽ شين جي قيمت گهٽ هوندي آهي، تنهن ڪري جواب { $price } رپين کان گهٽ هجڻ گهرجي.

## رفتار، وقت ۽ فاصلو

math-step-speed-formula = رفتار = فاصلو ÷ وقت = { $distance } ÷ { $time } = { $speed }
math-step-not-needed = هن سوال لاءِ { $numbers } جي ضرورت ناهي: سوال ٻين انگن بابت آهي.
math-step-distance-formula = فاصلو = رفتار × وقت = { $speed } × { $time } = { $distance }
math-step-time-formula = وقت = فاصلو ÷ رفتار = { $distance } ÷ { $speed } = { $time }
math-step-minutes-to-hours = پهرين منٽن کي ڪلاڪن ۾ بدلايو: { $minutes } منٽ = { $minutes } ÷ 60 = { $hours } ڪلاڪ
math-step-clock-interval = { $from_part ->
        [morning] صبح
        [noon] منجهند
        [evening] شام
       *[other] رات
    } { $from } وڳي کان { $to_part ->
        [morning] صبح
        [noon] منجهند
        [evening] شام
       *[other] رات
    } { $to } وڳي تائين { $time } { $unit ->
        [hours] ڪلاڪ
       *[minutes] منٽ
    } آهن
math-step-minutes-to-seconds = پهرين منٽن کي سيڪنڊن ۾ بدلايو: { $minutes } منٽ = { $minutes } × 60 = { $seconds } سيڪنڊ
math-step-hours-to-minutes = سوال منٽ پڇي ٿو: { $hours } ڪلاڪ = { $hours } × 60 = { $minutes } منٽ

## گهيرو ۽ ايراضي

math-step-rectangle-perimeter = مستطيل جو گهيرو = 2 × (ڊيگهه + ويڪر) = 2 × ({ $length } + { $width }) = 2 × { $sum } = { $perimeter }
math-step-rectangle-area = مستطيل جي ايراضي = ڊيگهه × ويڪر = { $length } × { $width } = { $area }
math-step-square-perimeter = چورس جو گهيرو = 4 × پاسو = 4 × { $side } = { $perimeter }
math-step-square-area = چورس جي ايراضي = پاسو × پاسو = { $side } × { $side } = { $area }

## مقامي قيمت

math-step-digit-repeated = هندسو { $digit } هڪ کان وڌيڪ ڀيرا آيو آهي؛ اسين کاٻي پاسي کان پهريون وٺون ٿا.
math-step-digit-place = ساڄي پاسي کان هنڌن جا نالا وٺو. { $number } ۾ هندسو { $digit } { $place ->
        [ones] ايڪن
        [tens] ڏهاڪن
        [hundreds] سون
        [thousands] هزارن
        [ten-thousands] ڏهه هزارن
        [lakhs] لکن
        [ten-lakhs] ڏهه لکن
        [crores] ڪروڙن
        [ten-crores] ڏهه ڪروڙن
        [arabs] اربن
        [ten-arabs] ڏهه اربن
        [kharabs] کربن
        [hundred-thousands] سؤ هزارن
        [millions] ملين
        [ten-millions] ڏهه ملين
        [hundred-millions] سؤ ملين
        [billions] بلين
        [ten-billions] ڏهه بلين
       *[hundred-billions] سؤ بلين
    } جي هنڌ تي آهي.
math-step-digit-value = تنهن ڪري ان جي قيمت { $digit } × { $place-value } = { $value } آهي.
math-step-place-unit-values = هڪ { $given ->
        [hundred] سؤ
        [thousand] هزار
        [lakh] لک
        [million] ملين
        [crore] ڪروڙ
        [arab] ارب
       *[billion] بلين
    } = { $given-value } ۽ هڪ { $asked ->
        [hundred] سؤ
        [thousand] هزار
        [lakh] لک
        [million] ملين
        [crore] ڪروڙ
        [arab] ارب
       *[billion] بلين
    } = { $asked-value }. ونڊ ڪري ڏسو ته ڪيترا اچن ٿا.
math-step-digits-plain = ڪاما کان سواءِ هي انگ { $number } آهي.
math-step-pakistani-commas = پاڪستاني نظام: پهريون ڪاما ساڄي پاسي کان 3 هندسن کان پوءِ، پوءِ هر 2 هندسن کان پوءِ: { $number }
math-step-international-commas = بين الاقوامي نظام: ساڄي پاسي کان هر 3 هندسن کان پوءِ ڪاما: { $number }

## سراسري (اوسط)

math-step-average-sum = سڀ انگ جمع ڪريو: { $numbers } = { $sum }
math-step-average-count = انگ ڳڻيو: اهي { $count } آهن.
math-step-average-divide = جوڙ کي انگن جي تعداد سان ونڊيو: { $sum } ÷ { $count } = { $average }
math-step-average-check = چڪاس: { $average } سڀ کان ننڍي انگ { $smallest } ۽ سڀ کان وڏي انگ { $largest } جي وچ ۾ آهي.

## مشق: اهڙو ئي هڪ سوال

math-practice-expression = هاڻي توهان ڪوشش ڪريو: { $expression } ڪيترو ٿئي ٿو؟
math-practice-hcf = هاڻي توهان ڪوشش ڪريو: { $numbers } جو عاد اعظم ڳوليو.
math-practice-lcm = هاڻي توهان ڪوشش ڪريو: { $numbers } جو ذواضعاف اقل ڳوليو.
math-practice-to-decimal = هاڻي توهان ڪوشش ڪريو: { $number } کي اعشاريه ۾ لکو.
math-practice-to-fraction = هاڻي توهان ڪوشش ڪريو: { $number } کي ڪسر ۾ لکو.
math-practice-to-percentage = هاڻي توهان ڪوشش ڪريو: { $number } کي سيڪڙي ۾ لکو.
math-practice-percent-of = هاڻي توهان ڪوشش ڪريو: { $quantity } جو { $percent }% ڳوليو.
math-practice-unitary = هاڻي توهان ڪوشش ڪريو: { $count } ڪاپين جي قيمت { $price } رپيا آهي. { $wanted } ڪاپين جي قيمت ڪيتري ٿيندي؟
math-practice-unitary-one = هاڻي توهان ڪوشش ڪريو: { $count } ڪاپين جي قيمت { $price } رپيا آهي. هڪ ڪاپي جي قيمت ڪيتري آهي؟
math-practice-unitary-how-many = هاڻي توهان ڪوشش ڪريو: { $count } ڪاپين جي قيمت { $price } رپيا آهي. { $money } رپين ۾ ڪيتريون ڪاپيون خريد ڪري سگهو ٿا؟
math-practice-speed = هاڻي توهان ڪوشش ڪريو: هڪ گاڏي { $time } ڪلاڪن ۾ { $distance } ڪلوميٽر وڃي ٿي. ان جي رفتار ڪيتري آهي؟
math-practice-distance = هاڻي توهان ڪوشش ڪريو: هڪ ريل گاڏي { $speed } ڪلوميٽر في ڪلاڪ جي رفتار سان { $time } ڪلاڪ هلي ٿي. اها ڪيترو فاصلو طئي ڪري ٿي؟
math-practice-time = هاڻي توهان ڪوشش ڪريو: هڪ بس { $speed } ڪلوميٽر في ڪلاڪ جي رفتار سان { $distance } ڪلوميٽر وڃي ٿي. ان کي ڪيترو وقت لڳندو؟
math-practice-clock-interval = هاڻي توهان ڪوشش ڪريو: هڪ بس { $from_part ->
        [morning] صبح
        [noon] منجهند
        [evening] شام
       *[other] رات
    } { $from } وڳي هلي ٿي ۽ { $to_part ->
        [morning] صبح
        [noon] منجهند
        [evening] شام
       *[other] رات
    } { $to } وڳي پهچي ٿي. سفر ۾ ڪيترو وقت لڳي ٿو؟
math-practice-rectangle-area = هاڻي توهان ڪوشش ڪريو: { $length } ميٽر ڊگهي ۽ { $width } ميٽر ويڪري مستطيل جي ايراضي ڳوليو.
math-practice-rectangle-perimeter = هاڻي توهان ڪوشش ڪريو: { $length } ميٽر ڊگهي ۽ { $width } ميٽر ويڪري مستطيل جو گهيرو ڳوليو.
math-practice-square-area = هاڻي توهان ڪوشش ڪريو: { $side } ميٽر پاسي واري چورس جي ايراضي ڳوليو.
math-practice-square-perimeter = هاڻي توهان ڪوشش ڪريو: { $side } ميٽر پاسي واري چورس جو گهيرو ڳوليو.
math-practice-place-value = هاڻي توهان ڪوشش ڪريو: { $number } ۾ { $digit } جي مقامي قيمت ڳوليو.
math-practice-place-units = هاڻي توهان ڪوشش ڪريو: { $count } { $given ->
        [hundred] سؤ
        [thousand] هزار
        [lakh] لک
        [million] ملين
        [crore] ڪروڙ
        [arab] ارب
       *[billion] بلين
    } ۾ ڪيترا { $asked ->
        [hundred] سؤ
        [thousand] هزار
        [lakh] لک
        [million] ملين
        [crore] ڪروڙ
        [arab] ارب
       *[billion] بلين
    } ٿين ٿا؟
math-practice-international = هاڻي توهان ڪوشش ڪريو: { $number } کي بين الاقوامي نظام ۾ لکو.
math-practice-pakistani = هاڻي توهان ڪوشش ڪريو: { $number } کي پاڪستاني نظام ۾ لکو.
math-practice-average = هاڻي توهان ڪوشش ڪريو: { $numbers } جي سراسري (اوسط) ڳوليو.

## ٻن انگن مان ڪهڙو وڏو آهي

# Variables: $a (String), $b (String) - the two numbers written alike
math-step-compare-equal = { $a } ۽ { $b } برابر آهن، تنهن ڪري ڪوبه وڏو ناهي.
# Variables: $a (String) - the bigger number, $b (String) - the smaller, $part-a (String), $part-b (String) - what is compared
math-step-compare-bigger = { $a }، { $b } کان وڏو آهي، ڇو ته { $part-a }، { $part-b } کان وڏو آهي.
# Variables: $a (String) - the smaller number, $b (String) - the bigger, $part-a (String), $part-b (String) - what is compared
math-step-compare-smaller = { $a }، { $b } کان ننڍو آهي، ڇو ته { $part-a }، { $part-b } کان ننڍو آهي.
# Variables: $denominator (String) - the denominator both fractions have
math-step-compare-like-fractions = نسب نما ساڳيا آهن ({ $denominator })، تنهن ڪري شمار ڪندڙن جو ڀيٽ ڪريو.
# Variables: $a (String), $b (String) - two numbers
math-practice-compare = هاڻي توهان ڪوشش ڪريو: { $a } ۽ { $b } مان ڪهڙو وڏو آهي؟
# Variables: $a (String), $b (String) - the two numbers as compared, which are equal
math-step-compare-same = { $a } ۽ { $b } هڪجهڙا آهن، تنهن ڪري برابر آهن.
# Variables: $a (String), $b (String) - the two numbers as compared, which are not equal
math-step-compare-not-equal = تنهن ڪري { $a } ۽ { $b } برابر ناهن.
# Variables: $a (String), $b (String) - two numbers to compare
math-practice-compare-same = هاڻي توهان ڪوشش ڪريو: ڇا { $a } ۽ { $b } برابر آهن؟

math-step-hours-minutes = منٽن ۾ لکو: { $big } × 60 + { $small } = { $total } منٽ
math-step-minutes-seconds = سيڪنڊن ۾ لکو: { $big } × 60 + { $small } = { $total } سيڪنڊ
math-step-kilometres-metres = ميٽرن ۾ لکو: { $big } × 1000 + { $small } = { $total } ميٽر
math-step-metres-centimetres = سينٽي ميٽرن ۾ لکو: { $big } × 100 + { $small } = { $total } سينٽي ميٽر
math-step-centimetres-millimetres = ملي ميٽرن ۾ لکو: { $big } × 10 + { $small } = { $total } ملي ميٽر
math-step-kilograms-grams = گرامن ۾ لکو: { $big } × 1000 + { $small } = { $total } گرام

## برابر حصن کان پوءِ باقي، ۽ پڇيل ايڪي ۾ جواب

# Variables: $a (String) - the amount, $b (String) - the size of a group, $quotient (String), $product (String) - $b × $quotient, $remainder (String)
math-step-remainder = ورهايو: { $a } ÷ { $b } = { $quotient } ۽ باقي { $remainder }، ڇاڪاڻ ته { $b } × { $quotient } = { $product } ۽ { $a } − { $product } = { $remainder }
# Variables: $total (String), $size (String)
math-practice-remainder = هاڻي توهان ڪوشش ڪريو: { $total } ٽافيون { $size } ٻارن ۾ برابر ورهايون ويون. ڪيتريون ٽافيون بچيون؟
# Variables: $value (String) - in the bigger unit, $result (String) - in $to, $to (String) - the smaller unit: m (from km), cm (from m), mm (from cm)
math-step-to-smaller-unit = { $to ->
        [m] ميٽرن ۾ لکو: { $value } × 1000 = { $result } ميٽر
        [cm] سينٽي ميٽرن ۾ لکو: { $value } × 100 = { $result } سينٽي ميٽر
       *[mm] ملي ميٽرن ۾ لکو: { $value } × 10 = { $result } ملي ميٽر
    }
# Variables: $value (String) - in the smaller unit, $result (String) - in $to, $to (String) - the bigger unit: km, m, cm, kg, hours, minutes, sq-m
math-step-to-bigger-unit = { $to ->
        [km] ڪلوميٽرن ۾ لکو: { $value } ÷ 1000 = { $result } ڪلوميٽر
        [m] ميٽرن ۾ لکو: { $value } ÷ 100 = { $result } ميٽر
        [cm] سينٽي ميٽرن ۾ لکو: { $value } ÷ 10 = { $result } سينٽي ميٽر
        [kg] ڪلوگرامن ۾ لکو: { $value } ÷ 1000 = { $result } ڪلوگرام
        [hours] ڪلاڪن ۾ لکو: { $value } ÷ 60 = { $result } ڪلاڪ
        [minutes] منٽن ۾ لکو: { $value } ÷ 60 = { $result } منٽ
       *[sq-m] چورس ميٽرن ۾ لکو: { $value } ÷ 10000 = { $result } چورس ميٽر
    }

## ٽڪنڊي جا زاويا

# Variables: $right (String)
math-step-angle-right = ساڄي ڪنڊ واري ٽڪنڊي جو هڪ زاويو { $right }° هوندو آهي.
# Variables: $a (String), $b (String), $sum (String)
math-step-angle-known = ڄاتل زاويا جمع ڪريو: { $a }° + { $b }° = { $sum }°
# Variables: $sum (String), $third (String)
math-step-angle-third = ٽڪنڊي جي ٽنهي زاوين جو جوڙ 180° هوندو آهي. ان کي 180° مان ڪٽيو: 180° − { $sum }° = { $third }°
# Variables: $a (String), $b (String), $third (String)
math-step-angle-check = جانچ: { $a }° + { $b }° + { $third }° = 180°. صحيح!
# Variables: $a (String), $b (String)
math-practice-triangle-angle = هاڻي توهان ڪوشش ڪريو: هڪ ٽڪنڊي جا ٻه زاويا { $a }° ۽ { $b }° آهن. ٽيون زاويو ڳوليو.
