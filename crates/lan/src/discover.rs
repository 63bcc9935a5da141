//! Finding the teacher's laptop on the school's network: it announces `_ustad-sync._tcp` by
//! mDNS (with its school and device in the TXT record) while it serves; a learner's laptop
//! browses for a few seconds and keeps those of its own school. Where the network drops
//! multicast, the address the sync screen shows is typed instead.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use mdns_sd::{IfKind, ServiceDaemon, ServiceEvent, ServiceInfo};
use serde::Serialize;
use sync::Hello;

pub const SERVICE: &str = "_ustad-sync._tcp.local.";

/// A teacher's laptop found on the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// `host:port` to sync with.
    pub address: String,
    pub device_id: String,
    pub school_id: String,
    pub label: String,
}

/// The announcement, withdrawn when dropped.
pub(crate) struct Announcement {
    daemon: ServiceDaemon,
    fullname: String,
}

impl Drop for Announcement {
    fn drop(&mut self) {
        if let Ok(done) = self.daemon.unregister(&self.fullname) {
            let _ = done.recv_timeout(Duration::from_secs(1));
        }
        let _ = self.daemon.shutdown();
    }
}

fn daemon(loopback: bool) -> Option<ServiceDaemon> {
    let daemon = ServiceDaemon::new().ok()?;
    if loopback {
        let _ = daemon.enable_interface(IfKind::LoopbackV4);
    }
    Some(daemon)
}

/// Announces this laptop's sync server (`None` where the network cannot multicast).
pub(crate) fn announce(hello: &Hello, port: u16) -> Option<Announcement> {
    let daemon = daemon(true)?;
    let instance = format!("ustad-{}", &hello.device_id[..8.min(hello.device_id.len())]);
    let host = format!("{instance}.local.");
    let properties =
        [("school", hello.school_id.as_str()), ("device", hello.device_id.as_str()), ("label", hello.label.as_str())];
    let info = ServiceInfo::new(SERVICE, &instance, &host, "", port, &properties[..]).ok()?.enable_addr_auto();
    let fullname = info.get_fullname().to_owned();
    daemon.register(info).ok()?;
    Some(Announcement { daemon, fullname })
}

/// The teacher's laptops of `school_id` (any school when `None`) announcing themselves,
/// listening for `wait`.
pub fn discover(school_id: Option<&str>, wait: Duration) -> Vec<Found> {
    let Some(daemon) = daemon(true) else { return Vec::new() };
    let Ok(events) = daemon.browse(SERVICE) else { return Vec::new() };
    let deadline = Instant::now() + wait;
    let mut found: Vec<Found> = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        let Ok(event) = events.recv_timeout(left) else { break };
        let ServiceEvent::ServiceResolved(info) = event else { continue };
        let school = info.get_property_val_str("school").unwrap_or_default().to_owned();
        if school_id.is_some_and(|s| s != school) {
            continue;
        }
        // Prefer an IPv4 address; loopback only when there is nothing else.
        let mut addresses: Vec<IpAddr> = info.get_addresses().iter().copied().collect();
        addresses.sort_by_key(|a| (a.is_loopback(), !a.is_ipv4()));
        let Some(ip) = addresses.first() else { continue };
        let address = match ip {
            IpAddr::V4(v4) => format!("{v4}:{}", info.get_port()),
            IpAddr::V6(v6) => format!("[{v6}]:{}", info.get_port()),
        };
        let device_id = info.get_property_val_str("device").unwrap_or_default().to_owned();
        if !found.iter().any(|f| f.device_id == device_id) {
            let label = info.get_property_val_str("label").unwrap_or_default().to_owned();
            found.push(Found { address, device_id, school_id: school, label });
        }
    }
    let _ = daemon.stop_browse(SERVICE);
    let _ = daemon.shutdown();
    found
}
