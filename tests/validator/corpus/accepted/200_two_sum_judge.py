def main():
    n, target = map(int, input().split())
    nums = list(map(int, input().split()))
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            print(seen[target - x] + 1, i + 1)
            return
        seen[x] = i
    print("IMPOSSIBLE")


main()
