//! Detectors for personal data that no word list can hold: phone and CNIC numbers and e-mail
//! addresses, and redaction of them for storing.

/// The name of the first detector that finds personal data in `message`.
pub(crate) fn detect(message: &str) -> Option<&'static str> {
    [("phone-number", has_phone_number(message)), ("cnic", has_cnic(message)), ("email", has_email(message))]
        .into_iter()
        .find_map(|(rule, found)| found.then_some(rule))
}

/// Runs of digits in folded text, with spaces and dashes inside a number kept out.
fn digit_runs(message: &str) -> Vec<String> {
    let folded = textnorm::fold(message);
    let mut runs = Vec::new();
    let mut current = String::new();
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if matches!(c, '-' | ' ') && !current.is_empty() && chars.peek().is_some_and(|n| n.is_ascii_digit()) {
            current.push('-');
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// A Pakistani mobile (03xx xxxxxxx, +92 3xx ...) or any 10-13 digit number.
fn has_phone_number(message: &str) -> bool {
    digit_runs(message).iter().any(|run| {
        let digits: String = run.chars().filter(char::is_ascii_digit).collect();
        (10..=13).contains(&digits.len()) && !has_cnic_shape(run)
    })
}

fn has_cnic_shape(run: &str) -> bool {
    let parts: Vec<&str> = run.split('-').collect();
    parts.len() == 3 && parts[0].len() == 5 && parts[1].len() == 7 && parts[2].len() == 1
}

/// A CNIC number: 12345-1234567-1.
fn has_cnic(message: &str) -> bool {
    digit_runs(message).iter().any(|run| has_cnic_shape(run))
}

fn has_email(message: &str) -> bool {
    message.split_whitespace().any(|word| {
        let Some((user, domain)) = word.split_once('@') else { return false };
        !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    })
}

/// The message with phone numbers, CNICs and e-mail addresses replaced by `•••`, for storing.
pub fn redact(message: &str) -> String {
    message
        .split_inclusive(char::is_whitespace)
        .map(|word| {
            let digits = word.chars().filter(|c| textnorm::fold_char(*c).is_some_and(|f| f.is_ascii_digit())).count();
            if digits >= 7 || has_email(word) {
                let trailing: String = word.chars().filter(|c| c.is_whitespace()).collect();
                format!("•••{trailing}")
            } else {
                word.to_owned()
            }
        })
        .collect()
}
