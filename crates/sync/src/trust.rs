//! Which laptops belong to the school. The school is founded by the first teacher's laptop
//! that hands out a join code: it makes the school id and certifies itself (the root, whose
//! key every member pins when it joins). Every other laptop is certified by a teacher's
//! laptop of the school when it proves it was given a class's join code. A certificate is a
//! small signed statement (device, key, school, role, class); a newer one by clock replaces
//! it, which is how a teacher removes a lost or stolen laptop. Certificates travel in every
//! bundle, so a laptop three hops away can still check who made a record.

use std::collections::BTreeMap;

use learner::DeviceCert;

use crate::keys::{self, DeviceKey};
use crate::unhex;

/// What a certificate's signature covers: every field but the signature.
pub fn message(cert: &DeviceCert) -> Vec<u8> {
    let mut unsigned = cert.clone();
    unsigned.signature = String::new();
    let mut message = b"ustad-device-v1\n".to_vec();
    message.extend_from_slice(serde_json::to_string(&unsigned).expect("a certificate serialises").as_bytes());
    message
}

/// `cert` signed by `key` (whose device becomes its certifier).
pub fn sign(key: &DeviceKey, mut cert: DeviceCert) -> DeviceCert {
    cert.certified_by = key.device_id.clone();
    cert.signature = String::new();
    let sig = key.sign(&message(&cert));
    cert.signature = crate::hex(&sig);
    cert
}

/// The school as this laptop knows it: its root and the certificates in hand.
#[derive(Debug, Clone)]
pub struct Trust {
    pub school_id: String,
    pub root_device: String,
    pub root_key: String,
    pub certs: BTreeMap<String, DeviceCert>,
}

impl Trust {
    pub fn new(
        school_id: &str,
        root_device: &str,
        root_key: &str,
        certs: impl IntoIterator<Item = DeviceCert>,
    ) -> Trust {
        let mut trust = Trust {
            school_id: school_id.to_owned(),
            root_device: root_device.to_owned(),
            root_key: root_key.to_owned(),
            certs: BTreeMap::new(),
        };
        for cert in certs {
            trust.certs.insert(cert.device_id.clone(), cert);
        }
        trust
    }

    /// Whether `cert` is a true statement of this school: the root's own, or signed by a
    /// teacher's laptop whose own certificate holds (and was not revoked).
    pub fn holds(&self, cert: &DeviceCert) -> bool {
        self.holds_within(cert, 8)
    }

    fn holds_within(&self, cert: &DeviceCert, depth: u32) -> bool {
        if cert.school_id != self.school_id || depth == 0 {
            return false;
        }
        let Some(sig) = unhex(&cert.signature) else { return false };
        if cert.device_id == self.root_device {
            return cert.certified_by == self.root_device
                && cert.public_key == self.root_key
                && keys::verify(&self.root_key, &message(cert), &sig);
        }
        let Some(certifier) = self.certs.get(&cert.certified_by) else { return false };
        certifier.role == "teacher"
            && !certifier.revoked
            && certifier.device_id != cert.device_id
            && self.holds_within(certifier, depth - 1)
            && keys::verify(&certifier.public_key, &message(cert), &sig)
    }

    /// The certificate of `device_id` if it holds (revoked or not).
    pub fn device(&self, device_id: &str) -> Option<&DeviceCert> {
        self.certs.get(device_id).filter(|cert| self.holds(cert))
    }

    /// Takes `cert` if it is newer than the one in hand and holds.
    pub fn offer(&mut self, cert: &DeviceCert) -> Offer {
        if self.certs.get(&cert.device_id).is_some_and(|known| known.hlc >= cert.hlc) {
            return Offer::Older;
        }
        let previous = self.certs.insert(cert.device_id.clone(), cert.clone());
        if self.holds(cert) {
            return Offer::Taken;
        }
        match previous {
            Some(previous) => self.certs.insert(cert.device_id.clone(), previous),
            None => self.certs.remove(&cert.device_id),
        };
        Offer::False
    }
}

/// What became of a certificate offered to [`Trust::offer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    Taken,
    /// One as new or newer is in hand.
    Older,
    /// It does not hold (yet: its certifier may come later in the same bundle).
    False,
}
