//! The consume loop: a worker reads the job stream only while it has a free slot (what it reads,
//! it runs now), takes over what dead workers left, runs each delivery in a task of its own,
//! and at shutdown lets running jobs finish — within a bound — before it leaves. [`run`] wires
//! a whole worker around it.
//!
//! The loop ([`consume`]) reads from a [`Source`] and runs on tokio's clock, so its slots,
//! back-off and shutdown are unit-tested on the paused clock with neither Redis nor Docker.

use std::collections::HashMap;
use std::fmt::Display;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};
use bollard::Docker;
use sandbox::config::Config;
use sandbox::queue::{Consumer, Delivery, Queue, QueueError, WorkerId};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::container::{Owner, Settings};
use crate::executor::Executor;
use crate::lifecycle::{Rules, Worker};
use crate::liveness::{self, EngineGate, Presence, Registry};

/// How long one blocking read of the stream waits before the loop looks around again.
const READ_BLOCK: Duration = Duration::from_secs(2);
/// Pauses after failed reads of the stream (Redis down): from 100 ms, doubling up to 5 s; a
/// read that succeeds starts again from the shortest.
const READ_RETRY_MAX: Duration = Duration::from_secs(5);
const READ_RETRY: ExponentialBuilder = ExponentialBuilder::new()
    .with_min_delay(Duration::from_millis(100))
    .with_factor(2.0)
    .with_max_delay(READ_RETRY_MAX)
    .without_max_times();
/// How long a worker whose engine is down waits before it looks whether it may read again.
const ENGINE_DOWN_WAIT: Duration = Duration::from_secs(1);
/// How often the worker looks for jobs a dead worker left behind.
const ABANDONED_SCAN_EVERY: Duration = Duration::from_secs(5);
/// An entry is only taken over once it has been idle this long: a worker that just received it
/// is never raced.
const ABANDONED_MIN_IDLE: Duration = Duration::from_secs(2);

/// Where deliveries come from.
pub trait Source: Send {
    type Item: Send + 'static;
    type Error: Display + Send;
    /// The next delivery, or `None` when none came for a while.
    fn next(&mut self) -> impl Future<Output = Result<Option<Self::Item>, Self::Error>> + Send;
}

/// Reads from `source` while one of `slots` is free and runs each item with `handle` in a task
/// of its own that holds the slot, until `shutdown` completes; then waits up to `grace` for
/// running items to finish (past it, they are aborted, and what they held stays pending for
/// other workers). Read errors pause the loop (`READ_RETRY`: from 100 ms, doubling up to 5 s).
pub async fn consume<S, H, F>(
    source: &mut S,
    slots: usize,
    mut handle: H,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
) where
    S: Source,
    H: FnMut(S::Item) -> F,
    F: Future<Output = ()> + Send + 'static,
{
    tokio::pin!(shutdown);
    let slots = Arc::new(Semaphore::new(slots));
    let mut tasks = JoinSet::new();
    let mut pauses = READ_RETRY.build();
    loop {
        while let Some(done) = tasks.try_join_next() {
            log_task_end(done);
        }
        // Only a worker with a free slot reads: what it reads, it runs now.
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => {
                // acquire_owned() only fails once the semaphore is closed; we never close it.
                permit.expect("the slot semaphore is never closed")
            }
            () = &mut shutdown => break,
        };
        let next = tokio::select! {
            next = source.next() => next,
            () = &mut shutdown => break,
        };
        match next {
            Ok(Some(item)) => {
                pauses = READ_RETRY.build();
                let run = handle(item);
                tasks.spawn(async move {
                    let _slot = permit;
                    run.await;
                });
            }
            Ok(None) => pauses = READ_RETRY.build(),
            Err(err) => {
                let pause = pauses.next().unwrap_or(READ_RETRY_MAX);
                tracing::warn!(error = %err, ?pause, "cannot read the job stream; retrying");
                tokio::select! {
                    () = tokio::time::sleep(pause) => {}
                    () = &mut shutdown => break,
                }
            }
        }
    }
    tracing::info!(
        running = tasks.len(),
        ?grace,
        "worker stopping; letting running jobs finish"
    );
    let drained = tokio::time::timeout(grace, async {
        while let Some(done) = tasks.join_next().await {
            log_task_end(done);
        }
    })
    .await;
    if drained.is_err() {
        tracing::error!(
            left = tasks.len(),
            "running jobs did not finish in time; leaving them to other workers"
        );
        tasks.abort_all();
    }
}

fn log_task_end(done: Result<(), tokio::task::JoinError>) {
    if let Err(err) = done {
        tracing::error!(error = %err, "job supervisor task failed");
    }
}

/// What to do with an entry another consumer (or we, in an earlier life) holds unacknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Take,
    Leave,
    /// Take it if its consumer's heartbeat has lapsed.
    TakeIfDead,
}

/// Whether an entry held by `consumer` for `idle` is abandoned. At a worker's start
/// (`restarted`), entries under its own name are a previous life's; another worker's are taken
/// once idle past `stale_after`, or sooner if that worker is dead — never within
/// `ABANDONED_MIN_IDLE` (2 s) of their delivery.
pub fn judge(
    consumer: &WorkerId,
    idle: Duration,
    me: &WorkerId,
    restarted: bool,
    stale_after: Duration,
) -> Verdict {
    if consumer == me {
        return if restarted { Verdict::Take } else { Verdict::Leave };
    }
    if idle < ABANDONED_MIN_IDLE {
        Verdict::Leave
    } else if idle >= stale_after {
        Verdict::Take
    } else {
        Verdict::TakeIfDead
    }
}

/// The job stream, read through the consumer group under the worker's name, with what dead
/// workers left taken over first (every `ABANDONED_SCAN_EVERY`, 5 s).
pub struct JobStream {
    queue: Queue,
    name: WorkerId,
    stale_after: Duration,
    consumer: Option<Consumer>,
    last_scan: Option<tokio::time::Instant>,
    engine: EngineGate,
    /// The runtimes whose streams it reads (one blocking read waits on all of them).
    runtimes: Vec<&'static str>,
}

impl JobStream {
    /// Reads nothing while `engine` is down.
    pub fn new(queue: Queue, name: WorkerId, stale_after: Duration, engine: EngineGate) -> JobStream {
        JobStream {
            queue,
            name,
            stale_after,
            consumer: None,
            last_scan: None,
            engine,
            runtimes: vec![sandbox::runtimes::DEFAULT],
        }
    }

    /// The same stream, reading the jobs of `runtimes`.
    pub fn of_runtimes(self, runtimes: Vec<&'static str>) -> JobStream {
        JobStream { runtimes, ..self }
    }

    async fn read(&mut self) -> Result<Option<Delivery>, QueueError> {
        if self.engine.is_down() {
            // Neither new entries nor abandoned ones: they go to workers whose engine answers.
            tokio::time::sleep(ENGINE_DOWN_WAIT).await;
            return Ok(None);
        }
        if self.consumer.is_none() {
            for runtime in &self.runtimes {
                self.queue.for_runtime(runtime).ensure_group().await?;
            }
            self.consumer = Some(
                self.queue
                    .consumer_of(&self.name, READ_BLOCK, &self.runtimes)
                    .await?,
            );
        }
        let reader = self.consumer.as_mut().expect("set just above");
        if self.last_scan.is_none_or(|t| t.elapsed() >= ABANDONED_SCAN_EVERY) {
            let restarted = self.last_scan.is_none();
            let abandoned =
                claim_abandoned(&self.queue, reader, &self.name, restarted, self.stale_after).await?;
            if abandoned.is_some() {
                return Ok(abandoned);
            }
            self.last_scan = Some(tokio::time::Instant::now());
        }
        reader.next().await
    }
}

impl Source for JobStream {
    type Item = Delivery;
    type Error = QueueError;

    async fn next(&mut self) -> Result<Option<Delivery>, QueueError> {
        let read = self.read().await;
        if read.is_err() {
            // Connect again, and make sure the group exists (Redis may have lost it).
            self.consumer = None;
        }
        read
    }
}

/// The oldest entry a dead (or hopelessly stuck) worker left, now ours.
async fn claim_abandoned(
    queue: &Queue,
    consumer: &mut Consumer,
    me: &WorkerId,
    restarted: bool,
    stale_after: Duration,
) -> Result<Option<Delivery>, QueueError> {
    // Our own earlier entries may have been delivered a moment before we were killed.
    let min_idle = if restarted {
        Duration::ZERO
    } else {
        ABANDONED_MIN_IDLE
    };
    for pending in consumer.pending(min_idle, 32).await? {
        let abandoned = match judge(&pending.consumer, pending.idle, me, restarted, stale_after) {
            Verdict::Take => true,
            Verdict::Leave => false,
            Verdict::TakeIfDead => !queue.worker_alive(&pending.consumer).await?,
        };
        if abandoned {
            if let Some(delivery) = consumer.claim(&pending, min_idle).await? {
                tracing::warn!(
                    entry = %delivery.entry_id,
                    from = %pending.consumer,
                    attempts = delivery.attempts,
                    "taking over a job a dead worker left"
                );
                return Ok(Some(delivery));
            }
        }
    }
    Ok(None)
}

/// Runs a worker until `shutdown` completes; jobs already running then finish and are stored
/// before it returns.
pub async fn run(config: Config, docker: Docker, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let queue = Queue::from_config(&config)?;
    // Before anything else: a runtime the engine lacks stops the worker here, not every job.
    let runtime = crate::engine::container_runtime(&docker, &config.container_runtime).await?;
    let name = config
        .worker_id
        .clone()
        .unwrap_or_else(liveness::default_worker_id);
    let owner = Owner {
        prefix: config.redis_prefix.clone(),
        worker: name.clone(),
    };
    let served = crate::engine::served_runtimes(&docker, &config).await?;
    let mut settings = served
        .iter()
        .map(|of| Settings::for_runtime(&config, &runtime, of));
    let first = Executor::new(
        docker.clone(),
        settings.next().expect("a worker serves at least one runtime"),
        owner,
    );
    let executors: Vec<Executor> = std::iter::once(first.clone())
        .chain(settings.map(|s| first.sibling(s)))
        .collect();
    let engine = EngineGate::default();
    // One worker per runtime (its stream's acknowledgements and trims go through its queue),
    // all sharing the executors' slots.
    let workers: HashMap<&'static str, Arc<Worker>> = executors
        .iter()
        .map(|executor| {
            let worker = Worker::new(
                queue.for_runtime(executor.runtime()),
                executor.clone(),
                Rules::from_config(&config),
            )
            .on_engine(name.clone().into(), engine.clone());
            (executor.runtime(), Arc::new(worker))
        })
        .collect();
    let runtimes: Vec<&'static str> = served.iter().map(|r| r.name).collect();
    tracing::info!(
        worker = name,
        slots = config.max_concurrent,
        runtime,
        runtimes = runtimes.join(","),
        "worker starting"
    );
    let presence = Presence {
        queue: queue.clone(),
        docker,
        prefix: config.redis_prefix.clone(),
        name: name.clone().into(),
        slots: config.max_concurrent,
        engine: engine.clone(),
        runtimes: runtimes.clone(),
    };
    // Before any job of ours runs: a restarted worker's earlier containers are orphans.
    presence.reap_at_start().await;
    // Alive before the first read: other workers never take over what we hold.
    if let Err(err) = presence.heartbeat(0).await {
        tracing::warn!(error = %err, "could not write the first heartbeat");
    }
    let housekeeping = tokio::spawn({
        let (presence, workers) = (presence.clone(), workers.clone());
        async move { liveness::keep_alive(&presence, || workers.values().map(|w| w.running()).sum()).await }
    });
    // After the reap above, which would take pooled containers of a previous life for orphans.
    for executor in &executors {
        executor.start_pool();
    }

    // Running jobs finish and are stored within a bound: past it the worker leaves, and what it
    // still held is pending, taken over by another worker.
    let grace = Rules::from_config(&config).stale_after();
    // Webhooks go out from a task of their own, never from a job's slot.
    let webhooks_stop = tokio_util::sync::CancellationToken::new();
    let webhooks = tokio::spawn(crate::webhook::deliver(
        queue.clone(),
        config.webhook.clone(),
        webhooks_stop.clone(),
    ));
    let mut stream = JobStream::new(queue, name.into(), grace, engine).of_runtimes(runtimes);
    let supervise = |delivery: Delivery| {
        let worker = workers
            .get(delivery.runtime)
            .expect("deliveries come from the streams of served runtimes")
            .clone();
        worker.supervise(delivery)
    };
    consume(&mut stream, config.max_concurrent, supervise, shutdown, grace).await;
    // Attempts under way are dropped: their leases lapse and another worker makes them.
    webhooks_stop.cancel();
    let _ = webhooks.await;
    housekeeping.abort();
    // The pools' containers, and removals still under way, go before the worker does.
    for executor in &executors {
        executor.shutdown().await;
    }
    presence.forget().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    use tokio::time::Instant;

    use super::*;

    /// Deliveries as scripted; once they run out, a read waits for ever. Records when each read
    /// began, from the test's start.
    struct Script {
        answers: VecDeque<Result<Option<u32>, &'static str>>,
        reads: Arc<Mutex<Vec<Duration>>>,
        began: Instant,
    }

    impl Script {
        fn new(answers: impl IntoIterator<Item = Result<Option<u32>, &'static str>>) -> Script {
            Script {
                answers: answers.into_iter().collect(),
                reads: Arc::default(),
                began: Instant::now(),
            }
        }

        fn reads(&self) -> Vec<Duration> {
            self.reads.lock().unwrap().clone()
        }
    }

    impl Source for Script {
        type Item = u32;
        type Error = &'static str;

        async fn next(&mut self) -> Result<Option<u32>, &'static str> {
            self.reads.lock().unwrap().push(self.began.elapsed());
            match self.answers.pop_front() {
                Some(answer) => answer,
                None => std::future::pending().await,
            }
        }
    }

    fn ms(list: &[u64]) -> Vec<Duration> {
        list.iter().map(|ms| Duration::from_millis(*ms)).collect()
    }

    /// A job that takes `secs` and then counts itself done.
    fn job(
        secs: u64,
        done: &Arc<AtomicUsize>,
    ) -> impl FnMut(u32) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        let done = done.clone();
        move |_| {
            let done = done.clone();
            Box::pin(async move {
                tokio::time::sleep(Duration::from_secs(secs)).await;
                done.fetch_add(1, Ordering::SeqCst);
            })
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_shutdown_waits_for_the_running_job() {
        let mut source = Script::new([Ok(Some(1))]);
        let done = Arc::new(AtomicUsize::new(0));
        let began = Instant::now();
        let shutdown = tokio::time::sleep(Duration::from_secs(1));
        consume(&mut source, 2, job(3, &done), shutdown, Duration::from_secs(60)).await;
        assert_eq!(done.load(Ordering::SeqCst), 1, "the job finished");
        assert_eq!(
            began.elapsed(),
            Duration::from_secs(3),
            "and the loop left as it did"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_job_that_outlives_the_grace_is_left_behind() {
        let mut source = Script::new([Ok(Some(1))]);
        let done = Arc::new(AtomicUsize::new(0));
        let began = Instant::now();
        let shutdown = tokio::time::sleep(Duration::from_secs(1));
        consume(&mut source, 2, job(100, &done), shutdown, Duration::from_secs(10)).await;
        assert_eq!(done.load(Ordering::SeqCst), 0);
        assert_eq!(
            began.elapsed(),
            Duration::from_secs(11),
            "one second, then the grace"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn no_more_is_read_than_there_are_free_slots() {
        let mut source = Script::new([Ok(Some(1)), Ok(Some(2)), Ok(Some(3))]);
        let done = Arc::new(AtomicUsize::new(0));
        let shutdown = tokio::time::sleep(Duration::from_secs(6));
        consume(&mut source, 2, job(5, &done), shutdown, Duration::from_secs(60)).await;
        // The third waits for a slot.
        crate::lifecycle::tests::assert_close(&source.reads(), &ms(&[0, 0, 5000, 5000]));
        assert_eq!(done.load(Ordering::SeqCst), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn read_errors_back_off_and_a_read_that_works_starts_over() {
        let answers = [Err("down"), Err("down"), Err("down"), Ok(None), Err("down")];
        let mut source = Script::new(answers);
        let shutdown = tokio::time::sleep(Duration::from_secs(10));
        consume(&mut source, 1, job(0, &Arc::default()), shutdown, Duration::ZERO).await;
        crate::lifecycle::tests::assert_close(&source.reads(), &ms(&[0, 100, 300, 700, 700, 800]));
    }

    #[test]
    fn an_entry_is_taken_over_only_from_the_dead_or_the_hopelessly_stuck() {
        let stale = Duration::from_secs(300);
        let idle = Duration::from_secs;
        assert_eq!(
            judge(&"me".into(), idle(0), &"me".into(), true, stale),
            Verdict::Take,
            "a previous life's"
        );
        assert_eq!(
            judge(&"me".into(), idle(900), &"me".into(), false, stale),
            Verdict::Leave,
            "ours, running"
        );
        assert_eq!(
            judge(&"w2".into(), idle(1), &"me".into(), true, stale),
            Verdict::Leave,
            "just delivered"
        );
        assert_eq!(
            judge(&"w2".into(), idle(2), &"me".into(), false, stale),
            Verdict::TakeIfDead
        );
        assert_eq!(
            judge(&"w2".into(), idle(300), &"me".into(), false, stale),
            Verdict::Take,
            "stuck"
        );
    }
}
