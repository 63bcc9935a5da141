//! `ui/src/lib/bindings.ts` is generated from the Rust types: this test writes it when it is
//! missing or out of date and then fails, so that the new file is committed with the change.

#[test]
fn typescript_bindings_are_current() {
    let repo = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    let path = repo.join("ui/src/lib/bindings.ts");
    let wanted = views::typescript();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != wanted {
        std::fs::write(&path, &wanted).unwrap();
        panic!("{} was out of date and has been regenerated; commit it", path.display());
    }
}
