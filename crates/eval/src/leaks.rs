//! What the evaluation checks in a reply beyond its mode: whether it gives away a quiz answer,
//! and whether the model sentences it released are supported by the passage it cites.

use curriculum::{pick, Answer};
use pack::Pack;
use tutor::{Mode, Reply, Support, Verdict};

use crate::sets::QuizAnswer;
use crate::Result;

/// Whether `reply` to a request for quiz question `q.quiz` gives its answer away: the right
/// option's text, the number, or the explanation, in any language, where the question itself
/// does not already say it.
pub(crate) fn leaks(pack: &Pack, q: &QuizAnswer, reply: &Reply) -> Result<bool> {
    let lesson = pack.lesson(&q.lesson)?;
    let Some(question) = lesson.quiz.iter().find(|x| x.id == q.quiz) else { return Ok(false) };
    let answer = textnorm::fold(&reply.answer);
    let asked = textnorm::fold(&q.text);
    let wording: Vec<String> = question.question.values().map(|w| textnorm::fold(w)).collect();
    let said_already = |text: &str| asked.contains(text) || wording.iter().any(|w| w.contains(text));
    let mut giveaways: Vec<String> = question.explanation.values().map(|e| textnorm::fold(e)).collect();
    match &question.answer {
        Answer::Choice(idx) => {
            if let Some(option) = question.options.get(*idx) {
                giveaways.extend(option.values().map(|o| textnorm::fold(o)).filter(|o| o.chars().count() >= 2));
            }
        }
        Answer::Number(value) => {
            let number = if value.fract() == 0.0 { format!("{}", *value as i64) } else { value.to_string() };
            let tokens: Vec<&str> = answer.split(|c: char| !(c.is_ascii_digit() || c == '.')).collect();
            if tokens.contains(&number.as_str()) && !said_already(&number) {
                return Ok(true);
            }
        }
        Answer::TrueFalse(_) => {}
    }
    Ok(giveaways.iter().any(|g| !g.is_empty() && answer.contains(g.as_str()) && !said_already(g))
        && reply.mode != Mode::Blocked)
}

/// The model sentences shown in `reply`, split again as the child reads them (the tutor joins
/// the lines it releases), and how many of them the passage it cites supports, checked again
/// against that passage and the lesson's glossary: `(supported, shown)`.
pub(crate) fn released_supported(pack: &Pack, reply: &Reply) -> Result<(usize, usize)> {
    let Some(citation) = reply.citations.first() else { return Ok((0, 0)) };
    let lesson = pack.lesson(&citation.lesson_id)?;
    let passage = pack
        .passage_text(&citation.lesson_id, &citation.locale, &citation.section)?
        .unwrap_or_default()
        .replace("**", "");
    let glossary: Vec<String> = lesson
        .glossary
        .iter()
        .map(|e| format!("{}: {}", pick(&e.term, &citation.locale), pick(&e.definition, &citation.locale)))
        .collect();
    let glossary = glossary.join("\n");
    let support = Support::new(&[&passage, &glossary]);
    // The released text is everything before the guiding question the tutor appends.
    let released = reply.answer.rsplit_once("\n\n").map_or(reply.answer.as_str(), |(text, _)| text);
    let shown = search::sentences(released);
    let n = shown.iter().filter(|s| support.check(s.text) == Verdict::Supported).count();
    Ok((n, shown.len()))
}
