# reflect: exec bold
𝐞𝐱𝐞𝐜('print("PWN" "ED")')
