//! `ustad keys`: the ministry's keys. `generate` makes a key pair (`PREFIX`, `PREFIX.pub`);
//! `root` writes a root of trust document, signed by a root key, naming the keys that may
//! sign packs (and those revoked), so a signing key is rotated without a new app; `sign` signs
//! any file (a provisioning file) in place; `hash-password` gives the Argon2id hash of a
//! teacher's password for a provisioning file.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Subcommand;
use i18n::arg;
use signing::keyfile::{self, KeyPair};
use signing::root::{Delegation, RootDocument};

use crate::context::Context;

#[derive(Subcommand)]
pub enum KeysCommand {
    /// Make a key pair: the secret in PREFIX (keep it off the school laptops), the public key in PREFIX.pub
    Generate {
        #[arg(long, value_name = "PREFIX")]
        out: PathBuf,
    },
    /// Write a root of trust document signed by a root key: the keys that may sign packs now
    Root {
        /// The root key (its secret file)
        #[arg(long, value_name = "PREFIX")]
        root: PathBuf,
        /// Higher than the last document's; laptops refuse older ones
        #[arg(long)]
        version: u64,
        /// Public key files (PREFIX.pub) of the keys that may sign packs
        #[arg(long = "signing", value_name = "FILE", required = true)]
        signing: Vec<PathBuf>,
        /// Public key files of keys no longer trusted
        #[arg(long = "revoke", value_name = "FILE")]
        revoke: Vec<PathBuf>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Sign a file in place (a provisioning file; packs: `ustad pack sign`)
    Sign(SignArgs),
    /// The Argon2id hash of a teacher's password, read from standard input, for a provisioning file
    HashPassword,
}

pub fn run(ctx: &Context, cmd: KeysCommand) -> Result<()> {
    match cmd {
        KeysCommand::Generate { out } => {
            let key = KeyPair::generate(&out)?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "public_key": key.public_hex(), "secret": out }));
            }
            let public = keyfile::public_path(&out);
            println!(
                "{}",
                ctx.t(
                    "keys-generated",
                    &[("secret", arg(out.display().to_string())), ("public", arg(public.display().to_string()))]
                )
            );
            println!("{}", key.public_hex());
            Ok(())
        }
        KeysCommand::Sign(args) => sign(ctx, &args),
        KeysCommand::HashPassword => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            let hash = learner::hash_password(line.trim_end_matches(['\r', '\n']))?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "password_hash": hash }));
            }
            println!("{hash}");
            Ok(())
        }
        KeysCommand::Root { root, version, signing, revoke, out } => {
            let root = KeyPair::load(&root)?;
            let read = |files: &[PathBuf]| files.iter().map(|f| keyfile::read_public(f)).collect::<Result<Vec<_>, _>>();
            let delegation = Delegation { version, signing_keys: read(&signing)?, revoked: read(&revoke)? };
            let document = RootDocument::sign(delegation, &root);
            std::fs::write(&out, serde_json::to_string_pretty(&document)?)?;
            if ctx.json {
                return ctx.print_json(&document);
            }
            println!(
                "{}",
                ctx.t("keys-root-written", &[("file", arg(out.display().to_string())), ("version", arg(version))])
            );
            Ok(())
        }
    }
}

/// A root of trust document from its JSON file (`ustad keys root`).
pub(crate) fn read_root(path: &Path) -> anyhow::Result<RootDocument> {
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(serde_json::from_slice(&bytes)?)
}

/// A file to sign, the key and the root of trust document that names the key.
#[derive(clap::Args)]
pub struct SignArgs {
    pub file: PathBuf,
    /// The signing key (its secret file)
    #[arg(long, value_name = "PREFIX")]
    key: PathBuf,
    /// The root of trust document naming the key (not needed for a root key itself)
    #[arg(long, value_name = "FILE")]
    root: Option<PathBuf>,
    /// Write the signature beside the file (FILE.ustadsig) and leave the file as it is: for an installer
    #[arg(long)]
    detached: bool,
}

/// Signs the file in place with the key, named by the root document when one is given.
pub(crate) fn sign(ctx: &Context, args: &SignArgs) -> Result<()> {
    let SignArgs { file, key, root, detached } = args;
    let key = KeyPair::load(key)?;
    let root = root.as_deref().map(read_root).transpose()?;
    let signature = if *detached {
        signing::signed::sign_detached(file, &key, root.as_ref())?
    } else {
        signing::signed::sign(file, &key, root.as_ref())?;
        file.clone()
    };
    if ctx.json {
        ctx.print_json(&serde_json::json!({ "signed": file, "signature": signature, "key": key.public_hex() }))
    } else {
        println!("{}", ctx.t("pack-signed", &[("path", arg(signature.display().to_string()))]));
        Ok(())
    }
}
