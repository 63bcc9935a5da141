# `ustad eval tutor`: errors of the tutor evaluation.

# Variables:
#   $detail (String) - which file and what is wrong with it
error-eval-set-invalid = جانچ جي سوالن جو هڪ مجموعو پڙهي نه سگهيو: { $detail }
error-eval-target-missed = ٽيوٽر جي جانچ گهٽ ۾ گهٽ هڪ مقصد پورو نه ڪري سگهي (مٿيون شرحون ڏسو).
