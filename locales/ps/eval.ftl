# `ustad eval tutor`: errors of the tutor evaluation.

# Variables:
#   $detail (String) - which file and what is wrong with it
error-eval-set-invalid = د ارزونې د پوښتنو یوه ټولګه نشي لوستل کېدای: { $detail }
error-eval-target-missed = د ښوونکي ارزونه لږ تر لږه یو هدف پوره نه کړ (پورته کچې وګورئ).
