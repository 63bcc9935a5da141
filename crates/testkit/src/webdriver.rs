//! A small W3C WebDriver client for the app's end-to-end tests: the real window under Xvfb,
//! driven through `tauri-driver` and WebKitGTK's `WebKitWebDriver`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};

/// An X server of our own (Xvfb) for the window; stopped on drop.
pub struct Xvfb {
    child: Child,
    pub display: String,
}

/// The `tauri-driver` program: `TAURI_DRIVER`, or where `scripts/test.sh` installs it.
pub fn tauri_driver() -> PathBuf {
    let candidates = [
        std::env::var_os("TAURI_DRIVER").map(PathBuf::from),
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/ustad/tools/bin/tauri-driver")),
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.is_file())
        .expect("tauri-driver is installed (scripts/test.sh installs it into ~/.cache/ustad/tools)")
}

impl Xvfb {
    /// Starts Xvfb on a free display with one `width`x`height` screen.
    pub fn start(width: u32, height: u32) -> Xvfb {
        use std::io::Read;
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", &format!("{width}x{height}x24")])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is installed (Debian package xvfb)");
        let mut stdout = child.stdout.take().expect("piped");
        let mut number = String::new();
        let mut byte = [0u8; 1];
        while stdout.read(&mut byte).unwrap_or(0) == 1 && byte[0] != b'\n' {
            number.push(byte[0] as char);
        }
        assert!(!number.trim().is_empty(), "Xvfb did not say which display it took");
        Xvfb { child, display: format!(":{}", number.trim()) }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `tauri-driver` on a free port, with the environment the app should get; stopped on drop.
pub struct Driver {
    child: Child,
    pub url: String,
}

impl Driver {
    pub fn start(tauri_driver: &Path, display: &str, env: &[(&str, &Path)]) -> Driver {
        let port = free_port();
        let native_port = free_port();
        let mut command = Command::new(tauri_driver);
        command
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("DISPLAY", display)
            // No accessibility bus under Xvfb: without this GTK waits for one.
            .env("NO_AT_BRIDGE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (key, value) in env {
            command.env(key, value);
        }
        // Its own process group: WebKitWebDriver and the app below it go when it goes.
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command.spawn().expect("tauri-driver runs");
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent().get(&format!("{url}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, url }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// One WebDriver session: the app's window.
pub struct Session {
    base: String,
}

/// How long waits last before the test fails (the app under test is on a slow CI machine;
/// these are not speed measurements).
pub const WAIT: Duration = Duration::from_secs(60);

/// Every request gives up after two minutes, so that a stuck driver fails the test instead of
/// hanging it.
fn agent() -> &'static ureq::Agent {
    static AGENT: std::sync::OnceLock<ureq::Agent> = std::sync::OnceLock::new();
    AGENT.get_or_init(|| ureq::AgentBuilder::new().timeout(Duration::from_secs(120)).build())
}

fn check(response: Result<ureq::Response, ureq::Error>) -> Result<Value, String> {
    match response {
        Ok(r) => r.into_json::<Value>().map(|v| v["value"].clone()).map_err(|e| e.to_string()),
        Err(ureq::Error::Status(_, r)) => Err(r.into_string().unwrap_or_default()),
        Err(e) => Err(e.to_string()),
    }
}

impl Session {
    /// Opens the app `application` (a Tauri binary) in a new session.
    pub fn new(driver: &Driver, application: &Path) -> Session {
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "tauri:options": { "application": application },
        }}});
        let value = check(agent().post(&format!("{}/session", driver.url)).send_json(caps)).expect("a session opens");
        let id = value["sessionId"].as_str().expect("a session id").to_owned();
        Session { base: format!("{}/session/{id}", driver.url) }
    }

    fn post(&self, path: &str, body: Value) -> Result<Value, String> {
        check(agent().post(&format!("{}{path}", self.base)).send_json(body))
    }

    fn get(&self, path: &str) -> Result<Value, String> {
        check(agent().get(&format!("{}{path}", self.base)).call())
    }

    /// Elements matching the CSS `selector`, now.
    pub fn find_all(&self, selector: &str) -> Vec<String> {
        let found = self.post("/elements", json!({ "using": "css selector", "value": selector })).unwrap_or_default();
        found
            .as_array()
            .map(|a| a.iter().filter_map(|e| e.as_object()?.values().next()?.as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    }

    /// The first element matching `selector`, waiting for it to appear.
    pub fn wait_for(&self, selector: &str) -> String {
        self.wait_until(&format!("{selector} to appear"), || self.find_all(selector).into_iter().next())
    }

    /// Waits until `probe` gives a value.
    pub fn wait_until<T>(&self, what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(value) = probe() {
                return value;
            }
            if Instant::now() > deadline {
                let _ = self.screenshot(&crate::repo().join("target/screenshots/failure.png"));
                panic!("waited {WAIT:?} for {what}");
            }
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    pub fn click(&self, selector: &str) {
        let element = self.wait_for(selector);
        self.post(&format!("/element/{element}/click"), json!({})).unwrap_or_else(|e| panic!("click {selector}: {e}"));
    }

    /// Clicks an element found before (`find_all`, `wait_for`).
    pub fn click_element(&self, element: &str) {
        self.post(&format!("/element/{element}/click"), json!({})).unwrap_or_else(|e| panic!("click {element}: {e}"));
    }

    pub fn type_into(&self, selector: &str, text: &str) {
        let element = self.wait_for(selector);
        self.post(&format!("/element/{element}/value"), json!({ "text": text }))
            .unwrap_or_else(|e| panic!("type into {selector}: {e}"));
    }

    pub fn text(&self, element: &str) -> String {
        self.get(&format!("/element/{element}/text"))
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    pub fn attribute(&self, element: &str, name: &str) -> Option<String> {
        self.get(&format!("/element/{element}/attribute/{name}")).ok()?.as_str().map(str::to_owned)
    }

    pub fn property(&self, element: &str, name: &str) -> Option<String> {
        self.get(&format!("/element/{element}/property/{name}")).ok()?.as_str().map(str::to_owned)
    }

    /// Runs `script` in the page and returns its value.
    pub fn execute(&self, script: &str) -> Value {
        self.post("/execute/sync", json!({ "script": script, "args": [] })).unwrap_or_default()
    }

    /// Saves a PNG of the window.
    pub fn screenshot(&self, path: &Path) -> Result<(), String> {
        let data = self.get("/screenshot")?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .map_err(|e| e.to_string())?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(path, png).map_err(|e| e.to_string())
    }

    pub fn set_window_size(&self, width: u32, height: u32) {
        let _ = self.post("/window/rect", json!({ "width": width, "height": height, "x": 0, "y": 0 }));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = agent().delete(&self.base).call();
    }
}
