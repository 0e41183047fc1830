λ = lambda λ: λ
