# Richards: a simulation of a small operating-system task scheduler (idle,
# worker, two handlers, two devices) passing packets through queues. Exercises
# method dispatch, attribute access, linked lists of objects and branches.
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLER_A = 3
I_HANDLER_B = 4
I_DEV_A = 5
I_DEV_B = 6

K_DEV = 0
K_WORK = 1

BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        # Append self to the end of queue; return the new queue head.
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None  # has packets waiting
        self.waiting = True
        self.held = False
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def take_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current

    def step(self):
        pkt = None
        if self.waiting and self.pending and not self.held:
            pkt = self.queue
            self.queue = pkt.link
            self.pending = self.queue is not None
        self.waiting = False
        return self.run(pkt)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.seed = 1
        self.count = count
        self.waiting = False

    def run(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return s.release(I_DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = I_HANDLER_A
        self.counter = 0

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.dest = I_HANDLER_B if self.dest == I_HANDLER_A else I_HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            pkt.data[i] = self.counter
        return s.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.datum
            if n < BUFSIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return s.send(dev)
            else:
                self.work = work.link
                return s.send(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.held_pkt = None

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            p = self.held_pkt
            if p is None:
                return s.wait()
            self.held_pkt = None
            return s.send(p)
        self.held_pkt = pkt
        s.trace = (s.trace * 7 + pkt.datum + self.ident) % 1000003
        return s.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 7
        self.current = None
        self.sent = 0
        self.holds = 0
        self.trace = 0

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt):
        t = self.tasks[pkt.ident]
        self.sent += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.take_packet(pkt, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.blocked():
                t = t.link
            else:
                self.current = t
                t = t.step()


def run(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 0, count)
    q = Packet(None, I_WORK, K_WORK)
    q = Packet(q, I_WORK, K_WORK)
    WorkTask(s, I_WORK, 1000, q)
    q = Packet(None, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    HandlerTask(s, I_HANDLER_A, 2000, q)
    q = Packet(None, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    HandlerTask(s, I_HANDLER_B, 3000, q)
    DeviceTask(s, I_DEV_A, 4000)
    DeviceTask(s, I_DEV_B, 5000)
    s.schedule()
    return s.sent, s.holds, s.trace


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    sent, holds, trace = run(n)
    print("count", n, "queued", sent, "held", holds)
    print("trace", trace)


main()
