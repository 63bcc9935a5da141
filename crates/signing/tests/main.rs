//! Keys in files, the root of trust, and files signed in a trailer, checked while copied.

use std::path::{Path, PathBuf};

use signing::keyfile::{self, KeyPair};
use signing::root::{Delegation, RootDocument, Trust};
use signing::signed::{copy_verified, detached_path, sign, sign_detached, verify_detached};

fn content(dir: &Path, name: &str, size: usize) -> PathBuf {
    let path = dir.join(name);
    let bytes: Vec<u8> = (0..size).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn code(result: signing::Result<signing::signed::Verified>) -> String {
    result.map(|_| "OK".to_owned()).unwrap_or_else(|e| e.code().as_str().to_owned())
}

#[test]
fn keys_are_made_once_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("ministry");
    let made = KeyPair::generate(&prefix).unwrap();
    assert_eq!(KeyPair::load(&prefix).unwrap().public_hex(), made.public_hex());
    assert_eq!(keyfile::read_public(&keyfile::public_path(&prefix)).unwrap(), made.public_hex());
    assert!(KeyPair::generate(&prefix).is_err(), "an existing key is never replaced");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&prefix).unwrap().permissions().mode() & 0o777, 0o600);
    }
    std::fs::write(dir.path().join("junk"), "not a key").unwrap();
    assert_eq!(KeyPair::load(&dir.path().join("junk")).unwrap_err().code().as_str(), "INVALID_INPUT");
}

#[test]
fn a_signed_file_is_checked_while_copied_and_any_change_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root = KeyPair::generate(&dir.path().join("root")).unwrap();
    let roots = [root.public_hex()];
    let roots: Vec<&str> = roots.iter().map(String::as_str).collect();
    let file = content(dir.path(), "pack", 3 << 20);
    sign(&file, &root, None).unwrap();
    sign(&file, &root, None).unwrap(); // signing again replaces the signature
    let mut trust = Trust::with_roots(&roots, data.path());
    let verified = copy_verified(&file, data.path(), &mut trust, &|_, _| {}).unwrap();
    assert_eq!(verified.key, root.public_hex());
    let copied = std::fs::read(&verified.copy).unwrap();
    assert_eq!(copied, std::fs::read(&file).unwrap(), "the copy is the file");
    drop(verified);

    let bytes = std::fs::read(&file).unwrap();
    let changed = dir.path().join("changed");
    // Bytes of the content, and every byte of the trailer, each flipped two ways.
    let trailer_start = bytes.len() - 400;
    let positions = [0, 100, bytes.len() / 2].into_iter().chain(trailer_start..bytes.len());
    for at in positions {
        for flip in [0x01, 0x20] {
            let mut b = bytes.clone();
            b[at] ^= flip;
            std::fs::write(&changed, &b).unwrap();
            let got = code(copy_verified(&changed, data.path(), &mut trust, &|_, _| {}));
            assert!(["PACK_SIGNATURE_INVALID", "PACK_UNSIGNED"].contains(&got.as_str()), "byte {at} ^ {flip}: {got}");
        }
    }
    std::fs::write(&changed, &bytes[..bytes.len() - 10]).unwrap();
    assert_eq!(code(copy_verified(&changed, data.path(), &mut trust, &|_, _| {})), "PACK_UNSIGNED", "cut short");
    let unsigned = content(dir.path(), "unsigned", 1000);
    assert_eq!(code(copy_verified(&unsigned, data.path(), &mut trust, &|_, _| {})), "PACK_UNSIGNED");
    let stranger = KeyPair::generate(&dir.path().join("stranger")).unwrap();
    let foreign = content(dir.path(), "foreign", 1000);
    sign(&foreign, &stranger, None).unwrap();
    assert_eq!(code(copy_verified(&foreign, data.path(), &mut trust, &|_, _| {})), "PACK_KEY_UNTRUSTED");
    let left: Vec<_> = std::fs::read_dir(data.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "refused copies are deleted: {left:?}");
}

#[test]
fn an_installer_is_checked_against_its_signature_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root = KeyPair::generate(&dir.path().join("root")).unwrap();
    let roots = [root.public_hex()];
    let roots: Vec<&str> = roots.iter().map(String::as_str).collect();
    let mut trust = Trust::with_roots(&roots, data.path());
    let deb = content(dir.path(), "ustad_0.2.0_amd64.deb", 1 << 20);
    let before = std::fs::read(&deb).unwrap();
    let code = |result: signing::Result<signing::signed::Checked>| {
        result.map(|_| "OK".to_owned()).unwrap_or_else(|e| e.code().as_str().to_owned())
    };
    assert_eq!(code(verify_detached(&deb, &mut trust)), "PACK_UNSIGNED", "no signature beside it");
    let signature = sign_detached(&deb, &root, None).unwrap();
    assert_eq!(signature, detached_path(&deb));
    assert_eq!(std::fs::read(&deb).unwrap(), before, "the installer itself is unchanged");
    assert_eq!(verify_detached(&deb, &mut trust).unwrap().key, root.public_hex());
    let mut changed = before.clone();
    changed[4096] ^= 1;
    std::fs::write(&deb, &changed).unwrap();
    assert_eq!(code(verify_detached(&deb, &mut trust)), "PACK_SIGNATURE_INVALID");
    std::fs::write(&deb, &before).unwrap();
    let stranger = KeyPair::generate(&dir.path().join("stranger")).unwrap();
    sign_detached(&deb, &stranger, None).unwrap();
    assert_eq!(code(verify_detached(&deb, &mut trust)), "PACK_KEY_UNTRUSTED");
    std::fs::write(&signature, b"not a signature").unwrap();
    assert_eq!(code(verify_detached(&deb, &mut trust)), "PACK_SIGNATURE_INVALID");
}

#[test]
fn a_signing_key_is_named_by_the_root_and_revoked_by_a_newer_document() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root = KeyPair::generate(&dir.path().join("root")).unwrap();
    let roots = [root.public_hex()];
    let roots: Vec<&str> = roots.iter().map(String::as_str).collect();
    let first = KeyPair::generate(&dir.path().join("signing-2026")).unwrap();
    let second = KeyPair::generate(&dir.path().join("signing-2027")).unwrap();
    let v1 =
        RootDocument::sign(Delegation { version: 1, signing_keys: vec![first.public_hex()], revoked: vec![] }, &root);
    let v2 = RootDocument::sign(
        Delegation { version: 2, signing_keys: vec![second.public_hex()], revoked: vec![first.public_hex()] },
        &root,
    );
    let old_pack = content(dir.path(), "old", 5000);
    sign(&old_pack, &first, Some(&v1)).unwrap();
    let new_pack = content(dir.path(), "new", 5000);
    sign(&new_pack, &second, Some(&v2)).unwrap();

    let mut trust = Trust::with_roots(&roots, data.path());
    assert_eq!(code(copy_verified(&old_pack, data.path(), &mut trust, &|_, _| {})), "OK", "named by the root");
    trust.save(data.path()).unwrap();
    assert_eq!(code(copy_verified(&new_pack, data.path(), &mut trust, &|_, _| {})), "OK", "rotated");
    trust.save(data.path()).unwrap();
    // The laptop remembers version 2: the first key is revoked, and version 1 cannot undo it.
    let mut again = Trust::with_roots(&roots, data.path());
    assert_eq!(again.version(), Some(2));
    assert_eq!(code(copy_verified(&old_pack, data.path(), &mut again, &|_, _| {})), "PACK_ROLLBACK");
    let mut stripped = Trust::with_roots(&roots, data.path());
    let bare = content(dir.path(), "bare", 5000);
    sign(&bare, &first, None).unwrap();
    assert_eq!(code(copy_verified(&bare, data.path(), &mut stripped, &|_, _| {})), "PACK_KEY_UNTRUSTED", "revoked");
    // A document not signed by a root of this build is refused.
    let impostor = KeyPair::generate(&dir.path().join("impostor")).unwrap();
    let forged = RootDocument::sign(
        Delegation { version: 9, signing_keys: vec![impostor.public_hex()], revoked: vec![] },
        &impostor,
    );
    let forged_pack = content(dir.path(), "forged", 5000);
    sign(&forged_pack, &impostor, Some(&forged)).unwrap();
    assert_eq!(code(copy_verified(&forged_pack, data.path(), &mut stripped, &|_, _| {})), "PACK_KEY_UNTRUSTED");
}
