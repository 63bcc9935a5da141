# `ustad eval tutor`: errors of the tutor evaluation.

# Variables:
#   $detail (String) - which file and what is wrong with it
error-eval-set-invalid = جانچ دے سوالاں دا اک مجموعہ پڑھیا نہیں جا سکیا: { $detail }
error-eval-target-missed = ٹیوٹر دی جانچ گھٹ توں گھٹ اک ہدف پورا نہیں کر سکی (اُتے دیاں شرحاں ویکھو)۔
