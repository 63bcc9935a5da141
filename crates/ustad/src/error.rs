//! Errors as the user sees them: a stable code and a translated message ([`session::describe`]),
//! on stderr, or as `{"error": {"code", "message"}}` on stdout with --json.

use crate::context::Context;

pub fn report(ctx: &Context, err: &anyhow::Error) {
    let (code, message) = session::describe(&ctx.tr, err);
    if ctx.json {
        let value = serde_json::json!({ "error": { "code": code, "message": message } });
        println!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
    } else {
        eprintln!("error [{code}]: {message}");
    }
}
