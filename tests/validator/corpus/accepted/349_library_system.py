from datetime import date, timedelta


class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.loaned_to = None
        self.due = None

    def __str__(self):
        status = f"on loan to {self.loaned_to} until {self.due}" if self.loaned_to else "available"
        return f"{self.title} by {self.author} [{status}]"


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.fines = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def checkout(self, isbn, member, today):
        book = self.books[isbn]
        if book.loaned_to:
            raise LookupError(f"{book.title!r} is already loaned")
        book.loaned_to, book.due = member, today + timedelta(days=self.LOAN_DAYS)

    def checkin(self, isbn, today):
        book = self.books[isbn]
        late = (today - book.due).days
        if late > 0:
            self.fines[book.loaned_to] = self.fines.get(book.loaned_to, 0) + late * self.FINE_PER_DAY
        book.loaned_to = book.due = None
        return max(late, 0)

    def search(self, text):
        t = text.lower()
        return [b.title for b in self.books.values() if t in b.title.lower() or t in b.author.lower()]


lib = Library()
lib.add(Book("1", "Dune", "Frank Herbert"), Book("2", "Emma", "Jane Austen"), Book("3", "Persuasion", "Jane Austen"))
d0 = date(2024, 4, 1)
lib.checkout("1", "ana", d0)
lib.checkout("2", "ben", d0 + timedelta(days=3))
try:
    lib.checkout("1", "cy", d0)
except LookupError as e:
    print("error:", e)
for b in lib.books.values():
    print(b)
print("late days:", lib.checkin("1", date(2024, 4, 20)), lib.checkin("2", date(2024, 4, 10)))
print("fines:", lib.fines)
print(lib.search("austen"), lib.search("dun"))
