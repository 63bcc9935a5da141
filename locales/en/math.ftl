# The maths tutor's worked steps (crates/math). Numbers arrive already written ("7/8", "1 3/8",
# "3,47,582"); op is one of + − × ÷.

## Answers

# Variables: $value (String) - the answer as written, e.g. 1 3/8 or 75%
math-answer = Answer: { $value }
# Variables: $value (String) - the answer as written, $unit (String) - a unit code: rupees, km, m, cm, hours, minutes, seconds, km-per-hour, m-per-second, m-per-minute, sq-km, sq-m, sq-cm, kg, g, mm, litres, degrees
math-answer-with-unit = Answer: { $unit ->
        [rupees] Rs { $value }
        [km] { $value } km
        [m] { $value } m
        [cm] { $value } cm
        [mm] { $value } mm
        [hours] { $value } hours
        [minutes] { $value } minutes
        [seconds] { $value } seconds
        [km-per-hour] { $value } km/h
        [m-per-second] { $value } m/s
        [m-per-minute] { $value } metres per minute
        [sq-km] { $value } square kilometres
        [sq-m] { $value } square metres
        [sq-cm] { $value } square centimetres
        [kg] { $value } kg
        [g] { $value } grams
        [litres] { $value } litres
        [degrees] { $value }°
       *[other] { $value }
    }

## Problems that cannot be answered as written

math-error-zero-denominator = A fraction cannot have 0 at the bottom: nothing can be cut into 0 equal parts. Please check the denominator.
math-error-division-by-zero = We cannot divide by 0: there is no way to share things into 0 groups. Please check the numbers.
math-error-too-large = These numbers are too big for me to work with. Try smaller numbers.
math-error-not-whole-numbers = For HCF and LCM, please give whole numbers bigger than 0, like 12 and 18.
math-error-units-mismatch = The units do not match. Please write the numbers in the same units, like km with km/h, or metres with metres.
math-error-digit-not-in-number = That digit is not in the number. Please check the digit and the number.

## Working with any numbers

# Variables: $a (String), $op (String) - + − × or ÷, $b (String), $result (String)
math-step-operation = { $a } { $op } { $b } = { $result }
# Variables: $number (String) - a whole number or decimal, $fraction (String)
math-step-write-as-fraction = Write { $number } as a fraction: { $number } = { $fraction }
# Variables: $mixed (String), $whole (String), $denominator (String), $numerator (String), $improper (String)
math-step-mixed-to-improper = Change the mixed number into an improper fraction: { $mixed } = ({ $whole } × { $denominator } + { $numerator })/{ $denominator } = { $improper }
# Variables: $denominator (String)
math-step-like-fractions = The denominators are the same ({ $denominator }), so we only add or subtract the numerators.
# Variables: $a (String) - first denominator, $b (String) - second denominator, $lcm (String)
math-step-lcm-of-denominators = The denominators are { $a } and { $b }. Their LCM is { $lcm }, so we make both fractions have { $lcm } at the bottom.
# Variables: $fraction (String), $equivalent (String), $factor (String)
math-step-equivalent-fraction = { $fraction } = { $equivalent } (multiply the top and the bottom by { $factor })
# Variables: $fraction (String), $hcf (String), $simplest (String)
math-step-simplify = Write it in simplest form: divide the top and the bottom by their HCF, { $hcf }. { $fraction } = { $simplest }
# Variables: $improper (String), $numerator (String), $denominator (String), $whole (String), $remainder (String), $mixed (String)
math-step-to-mixed = { $improper } is more than 1: { $numerator } ÷ { $denominator } = { $whole } remainder { $remainder }, so { $improper } = { $mixed }
# Variables: $a (String), $b (String), $numerators (String) - e.g. 2 × 3, $denominators (String), $result (String)
math-step-fraction-multiply = Multiply the tops ({ $numerators }) and multiply the bottoms ({ $denominators }): { $a } × { $b } = { $result }
# Variables: $a (String), $divisor (String), $reciprocal (String)
math-step-fraction-divide = To divide by { $divisor }, turn it upside down and multiply: { $a } ÷ { $divisor } = { $a } × { $reciprocal }
# Variables: $a (String), $b (String), $places (String) - digits after the point
math-step-decimal-line-up = Line up the decimal points, giving both numbers { $places } digits after the point: { $a } and { $b }
# Variables: $a (String), $b (String), $whole-a (String), $whole-b (String), $product (String), $places (String), $result (String)
math-step-decimal-multiply = Multiply without the points: { $whole-a } × { $whole-b } = { $product }. The numbers have { $places } digits after the point in all, so { $a } × { $b } = { $result }
# Variables: $a (String), $b (String), $factor (String) - 10, 100 or 1000, $dividend (String), $divisor (String)
math-step-decimal-divide-shift = Multiply both numbers by { $factor } so that we divide by a whole number: { $a } ÷ { $b } = { $dividend } ÷ { $divisor }
# Variables: $a (String), $b (String), $quotient (String), $remainder (String), $mixed (String)
math-step-division-remainder = { $a } ÷ { $b } = { $quotient } remainder { $remainder }, so { $a } ÷ { $b } = { $mixed }
# Variables: $number (String), $decimal (String)
math-step-as-decimal = As a decimal, { $number } = { $decimal }

## HCF and LCM

# Variables: $number (String), $factors (String) - e.g. 2 × 2 × 3
math-step-prime-factors = Break { $number } into prime factors: { $number } = { $factors }
# Variables: $factors (String) - the common primes, $result (String)
math-step-hcf-common = Multiply the prime factors that all the numbers share: HCF = { $factors } = { $result }
# Variables: $factors (String), $result (String) - always 1
math-step-hcf-none = No prime factor is shared by all the numbers, so the HCF is { $result }.
# Variables: $factors (String), $result (String)
math-step-lcm-most = Take every prime factor as many times as it appears most in any one number: LCM = { $factors } = { $result }

## Fractions, decimals and percentages

# Variables: $fraction (String) - e.g. 75/100, $decimal (String)
math-step-fraction-as-decimal = Write it as a decimal: { $fraction } = { $decimal }
# Variables: $numerator (String), $denominator (String), $decimal (String) - e.g. 0.333…
math-step-repeating-decimal = Divide the top by the bottom: { $numerator } ÷ { $denominator } = { $decimal } The digits go on for ever, so we write the first few.
# Variables: $decimal (String), $places (String), $power (String) - 10, 100 or 1000, $fraction (String)
math-step-decimal-as-fraction = { $decimal } has { $places } digits after the point, so write it over { $power }: { $decimal } = { $fraction }
# Variables: $percent (String) - the number before %, $fraction (String)
math-step-percent-as-fraction = Per cent means out of 100: { $percent }% = { $fraction }
# Variables: $percent (String), $decimal (String)
math-step-percent-as-decimal = Divide by 100 (move the point two places to the left): { $percent }% = { $decimal }
# Variables: $fraction (String) - hundredths, e.g. 60/100, $percent (String)
math-step-hundredths-to-percent = { $fraction } means { $percent } out of 100, so it is { $percent }%.
# Variables: $number (String), $result (String)
math-step-times-hundred = Multiply by 100 to get the percentage: { $number } × 100 = { $result }, so { $number } = { $result }%
# Variables: $percent (String), $quantity (String), $product (String), $result (String)
math-step-percent-of = { $percent }% of { $quantity } = { $percent }/100 × { $quantity } = { $product } ÷ 100 = { $result }

## Unitary method

# Variables: $count (String), $price (String)
math-step-unitary-given = We know: { $count } cost Rs { $price }.
# Variables: $price (String), $count (String), $unit-price (String)
math-step-unitary-one = Find the price of 1 (divide): Rs { $price } ÷ { $count } = Rs { $unit-price }
# Variables: $wanted (String), $unit-price (String), $total (String)
math-step-unitary-many = Find the price of { $wanted } (multiply): Rs { $unit-price } × { $wanted } = Rs { $total }
# Variables: $money (String), $unit-price (String), $count (String)
math-step-unitary-how-many = See how many Rs { $unit-price } fit into Rs { $money }: { $money } ÷ { $unit-price } = { $count }
# Variables: $count (String)
math-step-unitary-whole-things = We can only buy whole things, so the answer is { $count }.
# Variables: $price (String)
math-step-unitary-check-more = Check: more things cost more, so the answer should be more than Rs { $price }.
# Variables: $price (String)
math-step-unitary-check-less = Check: fewer things cost less, so the answer should be less than Rs { $price }.

## Speed, time and distance

# Variables: $distance (String), $time (String), $speed (String)
math-step-speed-formula = Speed = distance ÷ time = { $distance } ÷ { $time } = { $speed }
# Variables: $speed (String), $time (String), $distance (String)
math-step-not-needed = The question does not need { $numbers }: it asks about the other numbers.
math-step-distance-formula = Distance = speed × time = { $speed } × { $time } = { $distance }
# Variables: $distance (String), $speed (String), $time (String)
math-step-time-formula = Time = distance ÷ speed = { $distance } ÷ { $speed } = { $time }
# Variables: $minutes (String), $hours (String)
math-step-minutes-to-hours = First change minutes into hours: { $minutes } minutes = { $minutes } ÷ 60 = { $hours } hours
# Variables: $from (String), $from_part (String), $to (String), $to_part (String), $time (String), $unit (String)
math-step-clock-interval = From { $from } { $from_part ->
        [night-am] am
        [morning] am
       *[other] pm
    } to { $to } { $to_part ->
        [night-am] am
        [morning] am
       *[other] pm
    } is { $time } { $unit ->
        [hours] hours
       *[minutes] minutes
    }
# Variables: $minutes (String), $seconds (String)
math-step-minutes-to-seconds = First change minutes into seconds: { $minutes } minutes = { $minutes } × 60 = { $seconds } seconds
# Variables: $hours (String), $minutes (String)
math-step-hours-to-minutes = The question asks for minutes: { $hours } hours = { $hours } × 60 = { $minutes } minutes

## Perimeter and area

# Variables: $length (String), $width (String), $sum (String), $perimeter (String)
math-step-rectangle-perimeter = Perimeter of a rectangle = 2 × (length + width) = 2 × ({ $length } + { $width }) = 2 × { $sum } = { $perimeter }
# Variables: $length (String), $width (String), $area (String)
math-step-rectangle-area = Area of a rectangle = length × width = { $length } × { $width } = { $area }
# Variables: $side (String), $perimeter (String)
math-step-square-perimeter = Perimeter of a square = 4 × side = 4 × { $side } = { $perimeter }
# Variables: $side (String), $area (String)
math-step-square-area = Area of a square = side × side = { $side } × { $side } = { $area }

## Place value

# Variables: $digit (String)
math-step-digit-repeated = The digit { $digit } comes more than once; we take the first one from the left.
# Variables: $number (String), $digit (String), $place (String) - a place code such as thousands or ten-lakhs
math-step-digit-place = Name the places from the right. In { $number }, the digit { $digit } is in the { $place ->
        [ones] ones
        [tens] tens
        [hundreds] hundreds
        [thousands] thousands
        [ten-thousands] ten thousands
        [lakhs] lakhs
        [ten-lakhs] ten lakhs
        [crores] crores
        [ten-crores] ten crores
        [arabs] arabs
        [ten-arabs] ten arabs
        [kharabs] kharabs
        [hundred-thousands] hundred thousands
        [millions] millions
        [ten-millions] ten millions
        [hundred-millions] hundred millions
        [billions] billions
        [ten-billions] ten billions
       *[hundred-billions] hundred billions
    } place.
# Variables: $digit (String), $place-value (String) - 1, 10, 100, ..., $value (String)
math-step-digit-value = So its value is { $digit } × { $place-value } = { $value }.
# Variables: $given (String), $given-value (String), $asked (String), $asked-value (String) - place codes: hundred, thousand, lakh, million, crore, arab, billion
math-step-place-unit-values = One { $given ->
        [hundred] hundred
        [thousand] thousand
        [lakh] lakh
        [million] million
        [crore] crore
        [arab] arab
       *[billion] billion
    } is { $given-value } and one { $asked ->
        [hundred] hundred
        [thousand] thousand
        [lakh] lakh
        [million] million
        [crore] crore
        [arab] arab
       *[billion] billion
    } is { $asked-value }. Divide to see how many fit.
# Variables: $number (String) - without commas
math-step-digits-plain = Without commas the number is { $number }.
# Variables: $number (String) - with Pakistani commas
math-step-pakistani-commas = Pakistani system: put the first comma after 3 digits from the right, then a comma after every 2 digits: { $number }
# Variables: $number (String) - with international commas
math-step-international-commas = International system: put a comma after every 3 digits from the right: { $number }

## Average

# Variables: $numbers (String) - e.g. 12 + 15 + 18, $sum (String)
math-step-average-sum = Add all the numbers: { $numbers } = { $sum }
# Variables: $count (String)
math-step-average-count = Count the numbers: there are { $count }.
# Variables: $sum (String), $count (String), $average (String)
math-step-average-divide = Divide the total by how many numbers there are: { $sum } ÷ { $count } = { $average }
# Variables: $average (String), $smallest (String), $largest (String)
math-step-average-check = Check: { $average } is between the smallest number, { $smallest }, and the largest, { $largest }.

## Practice: a similar problem to try

# Variables: $expression (String) - e.g. 5/6 + 1/4
math-practice-expression = Now you try: what is { $expression }?
# Variables: $numbers (String) - e.g. 18, 24
math-practice-hcf = Now you try: find the HCF of { $numbers }.
# Variables: $numbers (String)
math-practice-lcm = Now you try: find the LCM of { $numbers }.
# Variables: $number (String)
math-practice-to-decimal = Now you try: write { $number } as a decimal.
# Variables: $number (String)
math-practice-to-fraction = Now you try: write { $number } as a fraction.
# Variables: $number (String)
math-practice-to-percentage = Now you try: write { $number } as a percentage.
# Variables: $percent (String) - the number before %, $quantity (String)
math-practice-percent-of = Now you try: find { $percent }% of { $quantity }.
# Variables: $count (String), $price (String), $wanted (String)
math-practice-unitary = Now you try: { $count } notebooks cost Rs { $price }. What do { $wanted } notebooks cost?
# Variables: $count (String), $price (String)
math-practice-unitary-one = Now you try: { $count } notebooks cost Rs { $price }. What does one notebook cost?
# Variables: $count (String), $price (String), $money (String)
math-practice-unitary-how-many = Now you try: { $count } notebooks cost Rs { $price }. How many notebooks can you buy with Rs { $money }?
# Variables: $distance (String), $time (String)
math-practice-speed = Now you try: a car goes { $distance } km in { $time } hours. What is its speed?
# Variables: $speed (String), $time (String)
math-practice-distance = Now you try: a train goes at { $speed } km/h for { $time } hours. How far does it go?
# Variables: $distance (String), $speed (String)
math-practice-time = Now you try: how long does a bus take to go { $distance } km at { $speed } km/h?
# Variables: $from (String), $from_part (String), $to (String), $to_part (String)
math-practice-clock-interval = Now you try: a bus leaves at { $from } { $from_part ->
        [night-am] am
        [morning] am
       *[other] pm
    } and arrives at { $to } { $to_part ->
        [night-am] am
        [morning] am
       *[other] pm
    }. How long is the journey?
# Variables: $length (String), $width (String)
math-practice-rectangle-area = Now you try: find the area of a rectangle { $length } m long and { $width } m wide.
# Variables: $length (String), $width (String)
math-practice-rectangle-perimeter = Now you try: find the perimeter of a rectangle { $length } m long and { $width } m wide.
# Variables: $side (String)
math-practice-square-area = Now you try: find the area of a square with sides of { $side } m.
# Variables: $side (String)
math-practice-square-perimeter = Now you try: find the perimeter of a square with sides of { $side } m.
# Variables: $digit (String), $number (String)
math-practice-place-value = Now you try: find the place value of { $digit } in { $number }.
# Variables: $count (String), $given (String), $asked (String) - place codes as in math-step-place-unit-values
math-practice-place-units = Now you try: how many { $asked ->
        [hundred] hundreds
        [thousand] thousands
        [lakh] lakhs
        [million] millions
        [crore] crores
        [arab] arabs
       *[billion] billions
    } are there in { $count } { $given ->
        [hundred] hundred
        [thousand] thousand
        [lakh] lakh
        [million] million
        [crore] crore
        [arab] arab
       *[billion] billion
    }?
# Variables: $number (String) - with Pakistani commas
math-practice-international = Now you try: write { $number } in the international system.
# Variables: $number (String) - with international commas
math-practice-pakistani = Now you try: write { $number } in the Pakistani system.
# Variables: $numbers (String) - e.g. 13, 17, 21
math-practice-average = Now you try: find the average of { $numbers }.

## Which of two numbers is bigger

# Variables: $a (String), $b (String) - the two numbers written alike (same digits after the point, or the same denominator)
math-step-compare-equal = { $a } and { $b } are equal, so neither is bigger.
# Variables: $a (String) - the bigger number, $b (String) - the smaller, $part-a (String), $part-b (String) - what is compared: the digits without the point, or the numerators
math-step-compare-bigger = { $a } is bigger than { $b }, because { $part-a } is bigger than { $part-b }.
# Variables: $a (String) - the smaller number, $b (String) - the bigger, $part-a (String), $part-b (String) - what is compared: the digits without the point, or the numerators
math-step-compare-smaller = { $a } is smaller than { $b }, because { $part-a } is smaller than { $part-b }.
# Variables: $denominator (String) - the denominator both fractions have
math-step-compare-like-fractions = The denominators are the same ({ $denominator }), so we compare the numerators.
# Variables: $a (String), $b (String) - two numbers
math-practice-compare = Now you try: which is bigger, { $a } or { $b }?
# Variables: $a (String), $b (String) - the two numbers as compared, which are equal
math-step-compare-same = { $a } and { $b } are the same, so they are equal.
# Variables: $a (String), $b (String) - the two numbers as compared, which are not equal
math-step-compare-not-equal = So { $a } and { $b } are not equal.
# Variables: $a (String), $b (String) - two numbers to compare
math-practice-compare-same = Now you try: are { $a } and { $b } equal?

## A quantity written in two units ("1 hour 30 minutes"), worked in the smaller unit

# Variables: $big (String) - in the bigger unit, $small (String) - in the smaller, $total (String) - in the smaller
math-step-hours-minutes = Write it in minutes: { $big } × 60 + { $small } = { $total } minutes
# Variables: $big (String) - in the bigger unit, $small (String) - in the smaller, $total (String) - in the smaller
math-step-minutes-seconds = Write it in seconds: { $big } × 60 + { $small } = { $total } seconds
# Variables: $big (String) - in the bigger unit, $small (String) - in the smaller, $total (String) - in the smaller
math-step-kilometres-metres = Write it in metres: { $big } × 1000 + { $small } = { $total } m
# Variables: $big (String) - in the bigger unit, $small (String) - in the smaller, $total (String) - in the smaller
math-step-metres-centimetres = Write it in centimetres: { $big } × 100 + { $small } = { $total } cm
# Variables: $big (String) - in the bigger unit, $small (String) - in the smaller, $total (String) - in the smaller
math-step-centimetres-millimetres = Write it in millimetres: { $big } × 10 + { $small } = { $total } mm
# Variables: $big (String) - in the bigger unit, $small (String) - in the smaller, $total (String) - in the smaller
math-step-kilograms-grams = Write it in grams: { $big } × 1000 + { $small } = { $total } g

## What is left over after equal groups, and an answer in the unit asked

# Variables: $a (String) - the amount, $b (String) - the size of a group, $quotient (String), $product (String) - $b × $quotient, $remainder (String)
math-step-remainder = Divide: { $a } ÷ { $b } = { $quotient } remainder { $remainder }, because { $b } × { $quotient } = { $product } and { $a } − { $product } = { $remainder }
# Variables: $total (String), $size (String)
math-practice-remainder = Now you try: { $total } sweets are packed in boxes of { $size }. How many sweets are left over?
# Variables: $value (String) - in the bigger unit, $result (String) - in $to, $to (String) - the smaller unit: m (from km), cm (from m), mm (from cm)
math-step-to-smaller-unit = { $to ->
        [m] Write it in metres: { $value } × 1000 = { $result } m
        [cm] Write it in centimetres: { $value } × 100 = { $result } cm
       *[mm] Write it in millimetres: { $value } × 10 = { $result } mm
    }
# Variables: $value (String) - in the smaller unit, $result (String) - in $to, $to (String) - the bigger unit: km, m, cm, kg, hours, minutes, sq-m
math-step-to-bigger-unit = { $to ->
        [km] Write it in kilometres: { $value } ÷ 1000 = { $result } km
        [m] Write it in metres: { $value } ÷ 100 = { $result } m
        [cm] Write it in centimetres: { $value } ÷ 10 = { $result } cm
        [kg] Write it in kilograms: { $value } ÷ 1000 = { $result } kg
        [hours] Write it in hours: { $value } ÷ 60 = { $result } hours
        [minutes] Write it in minutes: { $value } ÷ 60 = { $result } minutes
       *[sq-m] Write it in square metres: { $value } ÷ 10000 = { $result } square metres
    }

## Angles of a triangle

# Variables: $right (String)
math-step-angle-right = A right-angled triangle has one angle of { $right }°.
# Variables: $a (String), $b (String), $sum (String)
math-step-angle-known = Add the angles you know: { $a }° + { $b }° = { $sum }°
# Variables: $sum (String), $third (String)
math-step-angle-third = The three angles of a triangle add up to 180°. Take this away from 180°: 180° − { $sum }° = { $third }°
# Variables: $a (String), $b (String), $third (String)
math-step-angle-check = Check: { $a }° + { $b }° + { $third }° = 180°. Correct!
# Variables: $a (String), $b (String)
math-practice-triangle-angle = Now you try: two angles of a triangle are { $a }° and { $b }°. Find the third angle.
