# د ریاضي پوښتنو د حل ګامونه (crates/math). عددونه مخکې لیکل شوي راځي ("7/8"، "1 3/8").
# د اصلي پښتو ویونکي له خوا بیا کتنه غواړي.

## ځواب

math-answer = ځواب: { $value }
math-answer-with-unit = ځواب: { $unit ->
        [rupees] { $value } روپۍ
        [km] { $value } کیلومتره
        [m] { $value } متره
        [cm] { $value } سانتي متره
        [mm] { $value } ملي متره
        [hours] { $value } ساعته
        [minutes] { $value } دقیقې
        [seconds] { $value } ثانیې
        [km-per-hour] { $value } کیلومتره په ساعت کې
        [m-per-second] { $value } متره په ثانیه کې
        [m-per-minute] { $value } متره په دقیقه کې
        [sq-km] { $value } مربع کیلومتره
        [sq-m] { $value } مربع متره
        [sq-cm] { $value } مربع سانتي متره
        [kg] { $value } کیلوګرامه
        [g] { $value } ګرامه
        [litres] { $value } لیتره
        [degrees] { $value }°
       *[other] { $value }
    }

## هغه پوښتنې چې داسې نه حل کېږي

math-error-zero-denominator = د کسر مخرج 0 نشي کېدای: هیڅ شی په 0 برابرو برخو نه ویشل کېږي. مهرباني وکړئ مخرج وګورئ.
math-error-division-by-zero = موږ پر 0 تقسیم نشو کولی: شیان په 0 ډلو نه ویشل کېږي. مهرباني وکړئ عددونه وګورئ.
math-error-too-large = دا عددونه زما لپاره ډېر لوی دي. له کوچنیو عددونو سره هڅه وکړئ.
math-error-not-whole-numbers = د عاد اعظم او ذو اضعاف اقل لپاره له 0 څخه لوی بشپړ عددونه ولیکئ، لکه 12 او 18.
math-error-units-mismatch = واحدونه سره سم نه دي. عددونه په یو ډول واحدونو ولیکئ، لکه کیلومتره له کیلومتره په ساعت کې سره، یا متره له مترو سره.
math-error-digit-not-in-number = دا رقم په دې عدد کې نشته. مهرباني وکړئ رقم او عدد بیا وګورئ.

## عام حساب

math-step-operation = { $a } { $op } { $b } = { $result }
math-step-write-as-fraction = { $number } د کسر په بڼه ولیکئ: { $number } = { $fraction }
math-step-mixed-to-improper = مخلوط عدد په غیر واجب کسر بدل کړئ: { $mixed } = ({ $whole } × { $denominator } + { $numerator })/{ $denominator } = { $improper }
math-step-like-fractions = مخرجونه یو شان دي ({ $denominator })، نو یوازې صورتونه جمع یا تفریق کړئ.
math-step-lcm-of-denominators = مخرجونه { $a } او { $b } دي. د دوی ذو اضعاف اقل { $lcm } دی، نو د دواړو کسرونو مخرج { $lcm } کړئ.
math-step-equivalent-fraction = { $fraction } = { $equivalent } (صورت او مخرج دواړه په { $factor } ضرب کړئ)
math-step-simplify = په ساده بڼه یې ولیکئ: صورت او مخرج د دوی پر عاد اعظم { $hcf } تقسیم کړئ. { $fraction } = { $simplest }
math-step-to-mixed = { $improper } له 1 څخه ډېر دی: { $numerator } ÷ { $denominator } = { $whole } او پاتې { $remainder }، نو { $improper } = { $mixed }
math-step-fraction-multiply = صورتونه ضرب کړئ ({ $numerators }) او مخرجونه ضرب کړئ ({ $denominators }): { $a } × { $b } = { $result }
math-step-fraction-divide = پر { $divisor } د تقسیم لپاره هغه سرچپه کړئ او ضرب یې کړئ: { $a } ÷ { $divisor } = { $a } × { $reciprocal }
math-step-decimal-line-up = اعشاري ټکي یو د بل لاندې کېږدئ او دواړو عددونو ته له ټکي وروسته { $places } رقمونه ورکړئ: { $a } او { $b }
math-step-decimal-multiply = له ټکي پرته ضرب کړئ: { $whole-a } × { $whole-b } = { $product }. دواړه عددونه ټول له ټکي وروسته { $places } رقمونه لري، نو { $a } × { $b } = { $result }
math-step-decimal-divide-shift = دواړه عددونه په { $factor } ضرب کړئ چې پر بشپړ عدد تقسیم وکړو: { $a } ÷ { $b } = { $dividend } ÷ { $divisor }
math-step-division-remainder = { $a } ÷ { $b } = { $quotient } او پاتې { $remainder }، نو { $a } ÷ { $b } = { $mixed }
math-step-as-decimal = په اعشاریه کې { $number } = { $decimal }

## عاد اعظم او ذو اضعاف اقل

math-step-prime-factors = { $number } په مفردو ضربي جزونو تجزیه کړئ: { $number } = { $factors }
math-step-hcf-common = هغه مفرد ضربي جزونه ضرب کړئ چې په ټولو عددونو کې ګډ دي: عاد اعظم = { $factors } = { $result }
math-step-hcf-none = هیڅ مفرد ضربي جز په ټولو عددونو کې ګډ نه دی، نو عاد اعظم { $result } دی.
math-step-lcm-most = هر مفرد ضربي جز هومره ځله واخلئ څومره چې په یوه عدد کې تر ټولو ډېر راغلی: ذو اضعاف اقل = { $factors } = { $result }

## کسر، اعشاریه او سلنه

math-step-fraction-as-decimal = په اعشاریه یې ولیکئ: { $fraction } = { $decimal }
math-step-repeating-decimal = صورت پر مخرج تقسیم کړئ: { $numerator } ÷ { $denominator } = { $decimal } رقمونه هېڅکله نه ختمېږي، نو موږ لومړي څو رقمونه لیکو.
math-step-decimal-as-fraction = { $decimal } له ټکي وروسته { $places } رقمونه لري، نو پر { $power } یې ولیکئ: { $decimal } = { $fraction }
math-step-percent-as-fraction = سلنه یعنې له سلو څخه: { $percent }% = { $fraction }
math-step-percent-as-decimal = پر 100 یې تقسیم کړئ (اعشاري ټکی دوه ځایه کیڼ لوري ته یوسئ): { $percent }% = { $decimal }
math-step-hundredths-to-percent = { $fraction } یعنې له سلو څخه { $percent }، نو دا { $percent }% دی.
math-step-times-hundred = د سلنې لپاره په 100 ضرب کړئ: { $number } × 100 = { $result }، نو { $number } = { $result }%
math-step-percent-of = د { $quantity } { $percent }% = { $percent }/100 × { $quantity } = { $product } ÷ 100 = { $result }

## د واحد طریقه

math-step-unitary-given = موږ پوهېږو: د { $count } بیه { $price } روپۍ ده.
math-step-unitary-one = د 1 بیه پیدا کړئ (تقسیم): { $price } ÷ { $count } = { $unit-price } روپۍ
math-step-unitary-many = د { $wanted } بیه پیدا کړئ (ضرب): { $unit-price } × { $wanted } = { $total } روپۍ
math-step-unitary-how-many = وګورئ چې په { $money } روپیو کې د { $unit-price } روپیو څو شیان راځي: { $money } ÷ { $unit-price } = { $count }
math-step-unitary-whole-things = موږ یوازې بشپړ شیان اخیستلی شو، نو ځواب { $count } دی.
math-step-unitary-check-more = جانچ: ډېر شیان ډېره بیه لري، نو ځواب باید له { $price } روپیو ډېر وي.
math-step-unitary-check-less = جانچ: لږ شیان لږه بیه لري، نو ځواب باید له { $price } روپیو لږ وي.

## سرعت، وخت او واټن

math-step-speed-formula = سرعت = واټن ÷ وخت = { $distance } ÷ { $time } = { $speed }
math-step-not-needed = دې پوښتنې ته { $numbers } اړتیا نشته: پوښتنه د نورو شمېرو په اړه ده.
math-step-distance-formula = واټن = سرعت × وخت = { $speed } × { $time } = { $distance }
math-step-time-formula = وخت = واټن ÷ سرعت = { $distance } ÷ { $speed } = { $time }
math-step-minutes-to-hours = لومړی دقیقې په ساعتونو بدلې کړئ: { $minutes } دقیقې = { $minutes } ÷ 60 = { $hours } ساعته
math-step-clock-interval = له { $from_part ->
        [morning] سهار
        [noon] غرمه
        [evening] ماښام
       *[other] شپه
    } { $from } بجو څخه تر { $to_part ->
        [morning] سهار
        [noon] غرمه
        [evening] ماښام
       *[other] شپه
    } { $to } بجو پورې { $time } { $unit ->
        [hours] ساعته
       *[minutes] دقیقې
    } دي
math-step-minutes-to-seconds = لومړی دقیقې په ثانیو بدلې کړئ: { $minutes } دقیقې = { $minutes } × 60 = { $seconds } ثانیې
math-step-hours-to-minutes = پوښتنه دقیقې غواړي: { $hours } ساعته = { $hours } × 60 = { $minutes } دقیقې

## محیط او مساحت

math-step-rectangle-perimeter = د مستطیل محیط = 2 × (اوږدوالی + پلنوالی) = 2 × ({ $length } + { $width }) = 2 × { $sum } = { $perimeter }
math-step-rectangle-area = د مستطیل مساحت = اوږدوالی × پلنوالی = { $length } × { $width } = { $area }
math-step-square-perimeter = د مربع محیط = 4 × ضلع = 4 × { $side } = { $perimeter }
math-step-square-area = د مربع مساحت = ضلع × ضلع = { $side } × { $side } = { $area }

## مکاني ارزښت

math-step-digit-repeated = رقم { $digit } له یو ځل ډېر راغلی؛ موږ له کیڼ لوري لومړی اخلو.
math-step-digit-place = ځایونه له ښي لوري ونوموئ. په { $number } کې رقم { $digit } د { $place ->
        [ones] یووالیو
        [tens] لسګونو
        [hundreds] سلګونو
        [thousands] زرګونو
        [ten-thousands] لس زرګونو
        [lakhs] لکونو
        [ten-lakhs] لس لکونو
        [crores] کروړونو
        [ten-crores] لس کروړونو
        [arabs] اربونو
        [ten-arabs] لس اربونو
        [kharabs] کهربونو
        [hundred-thousands] سل زرګونو
        [millions] میلیونونو
        [ten-millions] لس میلیونونو
        [hundred-millions] سل میلیونونو
        [billions] بیلیونونو
        [ten-billions] لس بیلیونونو
       *[hundred-billions] سل بیلیونونو
    } په ځای کې دی.
math-step-digit-value = نو د هغه ارزښت { $digit } × { $place-value } = { $value } دی.
math-step-place-unit-values = یو { $given ->
        [hundred] سل
        [thousand] زر
        [lakh] لک
        [million] میلیون
        [crore] کروړ
        [arab] ارب
       *[billion] بیلیون
    } = { $given-value } او یو { $asked ->
        [hundred] سل
        [thousand] زر
        [lakh] لک
        [million] میلیون
        [crore] کروړ
        [arab] ارب
       *[billion] بیلیون
    } = { $asked-value }. تقسیم یې کړئ چې وګورئ څو ځله پکې راځي.
math-step-digits-plain = له کامو پرته دا عدد { $number } دی.
math-step-pakistani-commas = پاکستانۍ طریقه: لومړۍ کامه له ښي لوري له 3 رقمونو وروسته، بیا له هرو 2 رقمونو وروسته: { $number }
math-step-international-commas = نړیواله طریقه: له ښي لوري له هرو 3 رقمونو وروسته کامه: { $number }

## اوسط

math-step-average-sum = ټول عددونه جمع کړئ: { $numbers } = { $sum }
math-step-average-count = عددونه وشمېرئ: { $count } دي.
math-step-average-divide = ټولګه د عددونو پر شمېر تقسیم کړئ: { $sum } ÷ { $count } = { $average }
math-step-average-check = جانچ: { $average } د تر ټولو کوچني عدد { $smallest } او تر ټولو لوی عدد { $largest } ترمنځ دی.

## تمرین: همداسې یوه پوښتنه

math-practice-expression = اوس تاسو هڅه وکړئ: { $expression } څو کېږي؟
math-practice-hcf = اوس تاسو هڅه وکړئ: د { $numbers } عاد اعظم پیدا کړئ.
math-practice-lcm = اوس تاسو هڅه وکړئ: د { $numbers } ذو اضعاف اقل پیدا کړئ.
math-practice-to-decimal = اوس تاسو هڅه وکړئ: { $number } په اعشاریه ولیکئ.
math-practice-to-fraction = اوس تاسو هڅه وکړئ: { $number } د کسر په بڼه ولیکئ.
math-practice-to-percentage = اوس تاسو هڅه وکړئ: { $number } په سلنه ولیکئ.
math-practice-percent-of = اوس تاسو هڅه وکړئ: د { $quantity } { $percent }% پیدا کړئ.
math-practice-unitary = اوس تاسو هڅه وکړئ: د { $count } کتابچو بیه { $price } روپۍ ده. د { $wanted } کتابچو بیه به څو وي؟
math-practice-unitary-one = اوس تاسو هڅه وکړئ: د { $count } کتابچو بیه { $price } روپۍ ده. د یوې کتابچې بیه څو ده؟
math-practice-unitary-how-many = اوس تاسو هڅه وکړئ: د { $count } کتابچو بیه { $price } روپۍ ده. په { $money } روپیو کې څو کتابچې اخیستلی شئ؟
math-practice-speed = اوس تاسو هڅه وکړئ: یو موټر په { $time } ساعتونو کې { $distance } کیلومتره ځي. د هغه سرعت څو دی؟
math-practice-distance = اوس تاسو هڅه وکړئ: یو اورګاډی په ساعت کې { $speed } کیلومتره سرعت سره { $time } ساعته ځي. څومره واټن وهي؟
math-practice-time = اوس تاسو هڅه وکړئ: یو بس په ساعت کې { $speed } کیلومتره سرعت سره { $distance } کیلومتره ځي. څومره وخت به یې ونیسي؟
math-practice-clock-interval = اوس تاسو هڅه وکړئ: یو بس { $from_part ->
        [morning] سهار
        [noon] غرمه
        [evening] ماښام
       *[other] شپه
    } { $from } بجې روانیږي او { $to_part ->
        [morning] سهار
        [noon] غرمه
        [evening] ماښام
       *[other] شپه
    } { $to } بجې رسیږي. سفر څومره وخت نیسي؟
math-practice-rectangle-area = اوس تاسو هڅه وکړئ: د هغه مستطیل مساحت پیدا کړئ چې { $length } متره اوږد او { $width } متره پلن دی.
math-practice-rectangle-perimeter = اوس تاسو هڅه وکړئ: د هغه مستطیل محیط پیدا کړئ چې { $length } متره اوږد او { $width } متره پلن دی.
math-practice-square-area = اوس تاسو هڅه وکړئ: د هغه مربع مساحت پیدا کړئ چې هره ضلع یې { $side } متره ده.
math-practice-square-perimeter = اوس تاسو هڅه وکړئ: د هغه مربع محیط پیدا کړئ چې هره ضلع یې { $side } متره ده.
math-practice-place-value = اوس تاسو هڅه وکړئ: په { $number } کې د { $digit } مکاني ارزښت پیدا کړئ.
math-practice-place-units = اوس تاسو هڅه وکړئ: په { $count } { $given ->
        [hundred] سوه
        [thousand] زره
        [lakh] لکه
        [million] میلیونه
        [crore] کروړه
        [arab] اربه
       *[billion] بیلیونه
    } کې څو { $asked ->
        [hundred] سوه
        [thousand] زره
        [lakh] لکه
        [million] میلیونه
        [crore] کروړه
        [arab] اربه
       *[billion] بیلیونه
    } دي؟
math-practice-international = اوس تاسو هڅه وکړئ: { $number } په نړیواله طریقه ولیکئ.
math-practice-pakistani = اوس تاسو هڅه وکړئ: { $number } په پاکستانۍ طریقه ولیکئ.
math-practice-average = اوس تاسو هڅه وکړئ: د { $numbers } اوسط پیدا کړئ.

## له دوو عددونو څخه کوم یو لوی دی

# Variables: $a (String), $b (String) - the two numbers written alike
math-step-compare-equal = { $a } او { $b } برابر دي، نو هېڅ یو لوی نه دی.
# Variables: $a (String) - the bigger number, $b (String) - the smaller, $part-a (String), $part-b (String) - what is compared
math-step-compare-bigger = { $a } له { $b } څخه لوی دی، ځکه چې { $part-a } له { $part-b } څخه لوی دی.
# Variables: $a (String) - the smaller number, $b (String) - the bigger, $part-a (String), $part-b (String) - what is compared
math-step-compare-smaller = { $a } له { $b } څخه کوچنی دی، ځکه چې { $part-a } له { $part-b } څخه کوچنی دی.
# Variables: $denominator (String) - the denominator both fractions have
math-step-compare-like-fractions = مخرجونه یو شان دي ({ $denominator })، نو صورتونه سره پرتله کړئ.
# Variables: $a (String), $b (String) - two numbers
math-practice-compare = اوس تاسو هڅه وکړئ: له { $a } او { $b } څخه کوم یو لوی دی؟
# Variables: $a (String), $b (String) - the two numbers as compared, which are equal
math-step-compare-same = { $a } او { $b } یو شان دي، نو برابر دي.
# Variables: $a (String), $b (String) - the two numbers as compared, which are not equal
math-step-compare-not-equal = نو { $a } او { $b } برابر نه دي.
# Variables: $a (String), $b (String) - two numbers to compare
math-practice-compare-same = اوس تاسو هڅه وکړئ: ایا { $a } او { $b } برابر دي؟

math-step-hours-minutes = په دقیقو کې یې ولیکئ: { $big } × 60 + { $small } = { $total } دقیقې
math-step-minutes-seconds = په ثانیو کې یې ولیکئ: { $big } × 60 + { $small } = { $total } ثانیې
math-step-kilometres-metres = په مترو کې یې ولیکئ: { $big } × 1000 + { $small } = { $total } متره
math-step-metres-centimetres = په سانتي مترو کې یې ولیکئ: { $big } × 100 + { $small } = { $total } سانتي متره
math-step-centimetres-millimetres = په ملي مترو کې یې ولیکئ: { $big } × 10 + { $small } = { $total } ملي متره
math-step-kilograms-grams = په ګرامو کې یې ولیکئ: { $big } × 1000 + { $small } = { $total } ګرامه

## د برابرو ډلو وروسته پاتې، او ځواب په پوښتل شوي واحد کې

# Variables: $a (String) - the amount, $b (String) - the size of a group, $quotient (String), $product (String) - $b × $quotient, $remainder (String)
math-step-remainder = ووېشئ: { $a } ÷ { $b } = { $quotient } او پاتې { $remainder }، ځکه چې { $b } × { $quotient } = { $product } او { $a } − { $product } = { $remainder }
# Variables: $total (String), $size (String)
math-practice-remainder = اوس تاسو هڅه وکړئ: { $total } خوږې د { $size } ماشومانو ترمنځ په برابره ووېشل شوې. څو خوږې پاتې شوې؟
# Variables: $value (String) - in the bigger unit, $result (String) - in $to, $to (String) - the smaller unit: m (from km), cm (from m), mm (from cm)
math-step-to-smaller-unit = { $to ->
        [m] په مترو کې یې ولیکئ: { $value } × 1000 = { $result } متره
        [cm] په سانتي مترو کې یې ولیکئ: { $value } × 100 = { $result } سانتي متره
       *[mm] په ملي مترو کې یې ولیکئ: { $value } × 10 = { $result } ملي متره
    }
# Variables: $value (String) - in the smaller unit, $result (String) - in $to, $to (String) - the bigger unit: km, m, cm, kg, hours, minutes, sq-m
math-step-to-bigger-unit = { $to ->
        [km] په کیلومترو کې یې ولیکئ: { $value } ÷ 1000 = { $result } کیلومتره
        [m] په مترو کې یې ولیکئ: { $value } ÷ 100 = { $result } متره
        [cm] په سانتي مترو کې یې ولیکئ: { $value } ÷ 10 = { $result } سانتي متره
        [kg] په کیلوګرامو کې یې ولیکئ: { $value } ÷ 1000 = { $result } کیلوګرامه
        [hours] په ساعتونو کې یې ولیکئ: { $value } ÷ 60 = { $result } ساعته
        [minutes] په دقیقو کې یې ولیکئ: { $value } ÷ 60 = { $result } دقیقې
       *[sq-m] په مربع مترو کې یې ولیکئ: { $value } ÷ 10000 = { $result } مربع متره
    }

## د مثلث زاويې

# Variables: $right (String)
math-step-angle-right = په قایم الزاویه مثلث کې یوه زاویه { $right }° ده.
# Variables: $a (String), $b (String), $sum (String)
math-step-angle-known = معلومې زاویې جمع کړئ: { $a }° + { $b }° = { $sum }°
# Variables: $sum (String), $third (String)
math-step-angle-third = د مثلث د دریو زاویو مجموعه 180° ده. دا له 180° څخه کمه کړئ: 180° − { $sum }° = { $third }°
# Variables: $a (String), $b (String), $third (String)
math-step-angle-check = وګورئ: { $a }° + { $b }° + { $third }° = 180°. سمه ده!
# Variables: $a (String), $b (String)
math-practice-triangle-angle = اوس تاسو هڅه وکړئ: د یو مثلث دوه زاویې { $a }° او { $b }° دي. درېیمه زاویه پیدا کړئ.
