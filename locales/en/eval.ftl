# `ustad eval tutor`: errors of the tutor evaluation.

# Variables:
#   $detail (String) - which file and what is wrong with it
error-eval-set-invalid = A question set of the evaluation cannot be read: { $detail }
error-eval-target-missed = The tutor evaluation missed at least one of its targets (see the rates above).
