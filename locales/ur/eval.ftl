# `ustad eval tutor`: errors of the tutor evaluation.

# Variables:
#   $detail (String) - which file and what is wrong with it
error-eval-set-invalid = جانچ کے سوالات کا ایک مجموعہ پڑھا نہیں جا سکا: { $detail }
error-eval-target-missed = ٹیوٹر کی جانچ کم از کم ایک ہدف پورا نہ کر سکی (اوپر کی شرحیں دیکھیں)۔
