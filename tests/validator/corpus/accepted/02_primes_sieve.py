import math

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, math.isqrt(limit) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, p in enumerate(is_prime) if p]

primes = sieve(100)
print(len(primes), primes[-5:])
print(math.gcd(84, 36), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(round(math.sqrt(2), 6), math.floor(-2.5), math.ceil(-2.5), math.pi > 3.14)
