rooms = {
    "hall": {"north": "library", "east": "kitchen", "items": ["lamp"]},
    "library": {"south": "hall", "items": ["book", "key"]},
    "kitchen": {"west": "hall", "items": []},
}
here = "hall"
bag = []
for raw in open(0).read().splitlines():
    cmd = raw.lower().split()
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as d]:
            if d in rooms[here]:
                here = rooms[here][d]
                print(f"You walk {d} to the {here}.")
            else:
                print("You can't go that way.")
        case ["take", item] if item in rooms[here]["items"]:
            rooms[here]["items"].remove(item)
            bag.append(item)
            print(f"Taken: {item}")
        case ["take", item]:
            print(f"There is no {item} here.")
        case ["look"]:
            items = ", ".join(rooms[here]["items"]) or "nothing"
            exits = sorted(k for k in rooms[here] if k != "items")
            print(f"{here}: you see {items}; exits {exits}")
        case ["inventory" | "i"]:
            print("You carry:", sorted(bag))
        case ["drop", *items]:
            for it in items:
                if it in bag:
                    bag.remove(it)
                    rooms[here]["items"].append(it)
            print("Dropped", items)
        case []:
            continue
        case _:
            print(f"I don't understand {raw!r}.")
