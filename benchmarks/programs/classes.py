# A small scheduler simulation in the style of Richards: classes, inheritance, polymorphic
# method calls and instance attribute reads and writes.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, ident, priority, queue):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.count = 0

    def ready(self):
        return self.queue is not None and not self.held

    def step(self, packet):
        self.count += 1
        return packet


class Worker(Task):
    def __init__(self, ident, priority, queue):
        super().__init__(ident, priority, queue)
        self.dest = 1

    def step(self, packet):
        self.count += 1
        self.dest = 3 - self.dest
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            packet.datum += 1
            packet.data[i] = (packet.datum * 7 + i) % 26
        return packet


class Handler(Task):
    def step(self, packet):
        self.count += 1
        total = 0
        for x in packet.data:
            total += x
        packet.datum = total
        return packet


class Idle(Task):
    def __init__(self, ident, priority, queue, seed):
        super().__init__(ident, priority, queue)
        self.seed = seed

    def step(self, packet):
        self.count += 1
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
        else:
            self.seed = self.seed >> 1
        return packet


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.holds = 0

    def add(self, task):
        self.tasks.append(task)

    def run(self, rounds):
        queue = None
        for i in range(8):
            queue = Packet(None, i, i % 2).append_to(queue)
        for r in range(rounds):
            for task in self.tasks:
                if task.ready():
                    queue = task.step(queue)
                    if queue.link is not None and r % 3 == 0:
                        first = queue
                        queue = queue.link
                        first.append_to(queue)
                else:
                    self.holds += 1
                task.held = (r + task.ident) % 5 == 0
        return sum(t.count for t in self.tasks), self.holds, queue.datum


s = Scheduler()
s.add(Idle(0, 0, object(), 1))
for i in range(1, 5):
    s.add(Worker(i, i * 100, object()))
    s.add(Handler(i + 10, i * 50, object()))
print(s.run(60000))
