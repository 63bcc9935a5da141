#!/usr/bin/env bash
# Makes public/fonts/NotoColorEmoji-Ustad.ttf: Noto Color Emoji (Debian fonts-noto-color-emoji,
# SIL OFL 1.1) cut down to the emoji the UI shows, so avatars and marks appear on laptops that
# have no emoji font. Run again after adding an emoji to the UI (keep EMOJI and the unicode-range
# in src/styles/fonts.css in step). Needs: apt-get install fonts-noto-color-emoji; pip install fonttools.
set -euo pipefail
cd "$(dirname "$0")/.."
# 🦁 🐯 🐘 🦜 🐢 🌻 🚀 ⚽ (avatars) 🙂 🔒 📖 💡 🤝 🎉 ⭐ ✅ 🤔 ⚠ and the emoji variation selector.
EMOJI="U+1F981,U+1F42F,U+1F418,U+1F99C,U+1F422,U+1F33B,U+1F680,U+26BD,U+1F642,U+1F512,U+1F4D6,U+1F4A1,U+1F91D,U+1F389,U+2B50,U+2705,U+1F914,U+26A0,U+FE0F"
pyftsubset /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf \
  --unicodes="$EMOJI" \
  --output-file=public/fonts/NotoColorEmoji-Ustad.ttf \
  --layout-features='*' --no-hinting
ls -l public/fonts/NotoColorEmoji-Ustad.ttf
