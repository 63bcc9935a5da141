//! Arithmetic answers: the math engine's exact result and steps, written in the child's
//! language, citing the lesson that teaches the method, ending with a similar problem to try.

use i18n::{arg, Translator};
use pack::Pack;

use crate::compose::{citation, section_for};
use crate::understand::Understood;
use crate::{Mode, Reply, Result};

/// One step of the engine, in the child's language.
pub(crate) fn render_step(tr: &Translator, step: &math::Step) -> String {
    let args: Vec<(&str, i18n::FluentValue<'_>)> =
        step.args.iter().map(|(name, value)| (*name, arg(value.as_str()))).collect();
    tr.t(step.id, &args)
}

pub(crate) fn reply(
    pack: &Pack,
    tr: &Translator,
    understood: &Understood,
    solved: std::result::Result<math::Solution, math::MathError>,
) -> Result<Reply> {
    let solution = match solved {
        Ok(solution) => solution,
        Err(error) => return Ok(Reply::new(tr.t(error.message_id(), &[]), Mode::Arithmetic)),
    };
    // The engine's last step states the answer (with its unit): the working is numbered, the
    // answer stands on its own line, and the practice problem is already worded as one.
    let (answer, working) = match solution.steps.split_last() {
        Some((last, working)) => (render_step(tr, last), working),
        None => (tr.t("tutor-math-answer", &[("answer", arg(solution.answer.display.as_str()))]), &[][..]),
    };
    let mut parts = Vec::new();
    if !working.is_empty() {
        let mut lines = vec![tr.t("tutor-math-intro", &[])];
        for (idx, step) in working.iter().enumerate() {
            lines.push(format!("{}. {}", idx + 1, render_step(tr, step)));
        }
        parts.push(lines.join("\n"));
    }
    parts.push(answer);
    if let Some(practice) = &solution.practice {
        parts.push(render_step(tr, practice));
    }
    let mut reply = Reply::new(parts.join("\n\n"), Mode::Arithmetic);
    reply.result = Some(solution.answer.display.clone());
    // The lesson that teaches the method, when this pack has it.
    if let Ok(lesson) = pack.lesson(solution.kind.lesson_id()) {
        let locale = lesson.body_locale(tr.locale());
        let mut stems = understood.stems.clone();
        stems.extend(textnorm::terms(solution.kind.as_str()));
        let section = section_for(pack, &lesson, &locale, &stems)?;
        reply.citations.push(citation(pack, &lesson, &locale, &section)?);
    }
    Ok(reply)
}
