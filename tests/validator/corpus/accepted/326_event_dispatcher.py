from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = []

    def on(self, event, priority=0):
        def register(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register

    def emit(self, event, **payload):
        self.log.append(event)
        results = []
        for _, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except Exception as e:
                r = f"handler failed: {e}"
            if r == "STOP":
                results.append("stopped")
                break
            results.append(r)
        return results


bus = EventBus()


@bus.on("signup")
def send_welcome(user):
    return f"welcome mail to {user}"


@bus.on("signup", priority=10)
def validate(user):
    return "STOP" if user.startswith("spam") else f"validated {user}"


@bus.on("signup", priority=5)
def audit(user):
    return f"audit {len(user)}"


@bus.on("order")
def charge(amount, user="anon"):
    if amount <= 0:
        raise ValueError("amount must be positive")
    return f"charged {user} {amount:.2f}"


print(bus.emit("signup", user="ann"))
print(bus.emit("signup", user="spambot"))
print(bus.emit("order", amount=19.5, user="ann"))
print(bus.emit("order", amount=-1))
print(bus.emit("unknown"))
print(bus.log)
